import type { CanvasDescription } from "./canvas-state";
import type { GraphElement, Point } from "./elements";
import { type CanvasHoldings, enteringElements, neededElementIds, yearElementIds } from "./entering-elements";
import type { GrowingCanvasTarget } from "./sync-canvas";
import { VIEW_CLASSES } from "./stylesheet";

/** A canvas elements can leave: Cytoscape's `remove`, which returns what went (a node's edges with it). */
export interface ShrinkingCanvasTarget extends GrowingCanvasTarget {
  remove(elements: unknown): { map(read: (element: { id(): string }) => string): string[] };
}

/** What one tidy did: elements that left the canvas, and elements of the neighbouring years that entered it. */
export interface Tidied {
  removed: number;
  entered: number;
}

/** The years a canvas showing `year` keeps ready: it and the years either side, within the data's years. */
export function yearsKeptAround(year: number, years: { first: number; last: number }): number[] {
  return [year - 1, year, year + 1].filter((kept) => kept >= years.first && kept <= years.last);
}

/**
 * Bounds what a big canvas holds, between steps: it keeps what `description` draws and the actors
 * and relations of `years` (the shown year's neighbours, so the next step only toggles classes);
 * everything else leaves, and what those years lack enters hidden, with the classes `description`
 * gives it, at its own year's place. `holdings` is updated.
 */
export function tidyCanvas(
  target: ShrinkingCanvasTarget,
  all: ReadonlyMap<string, GraphElement>,
  holdings: CanvasHoldings,
  description: CanvasDescription,
  years: readonly number[],
  placeIn: (year: number) => (actorId: string) => Point | undefined = () => () => undefined,
): Tidied {
  const mark = description.marks.get(VIEW_CLASSES.offYear);
  if (mark?.kind !== "off-year") return { removed: 0, entered: 0 };
  const idsOf = (year: number) => yearElementIds(mark, year);
  const keep = new Set(neededElementIds(description, new Set()));
  for (const year of years) for (const id of idsOf(year)) keep.add(id);
  const leaving = [...holdings.ids].filter((id) => !keep.has(id));
  const tidied: Tidied = { removed: 0, entered: 0 };
  target.batch(() => {
    if (leaving.length > 0) {
      // What Cytoscape says went, a node's edges included, so the holdings never list a missing element.
      const gone = target.remove(target.collection(leaving.map((id) => target.getElementById(id)))).map((element) => element.id());
      for (const id of gone) holdings.ids.delete(id);
      tidied.removed = gone.length;
    }
    const whole = new Set([mark.year, ...years]);
    for (const year of [...holdings.years]) if (!whole.has(year)) holdings.years.delete(year);
    for (const year of years) {
      if (holdings.years.has(year)) continue;
      const entering = enteringElements(all, idsOf(year), description, holdings.ids, placeIn(year));
      if (entering.length > 0) target.add(entering);
      tidied.entered += entering.length;
      holdings.years.add(year);
    }
  });
  return tidied;
}
