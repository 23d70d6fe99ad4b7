import type { CanvasDescription } from "./canvas-state";
import type { GraphElement, Point } from "./elements";
import { type CanvasHoldings, enteringElements, neededElementIds, yearShown } from "./entering-elements";
import type { GrowingCanvasTarget } from "./sync-canvas";

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
 * Bounds what a big canvas holds, between steps: it keeps what `description` draws and what each
 * of `neighbours` (the descriptions of the years either side) would draw, pair lines included, so
 * the next adjacent step only toggles classes; everything else leaves, and what those years lack
 * enters hidden, with the classes `description` gives it, at its own year's place. `holdings` is updated.
 */
export function tidyCanvas(
  target: ShrinkingCanvasTarget,
  all: ReadonlyMap<string, GraphElement>,
  holdings: CanvasHoldings,
  description: CanvasDescription,
  neighbours: readonly CanvasDescription[],
  placeIn: (year: number) => (actorId: string) => Point | undefined = () => () => undefined,
): Tidied {
  const year = yearShown(description);
  if (year === null) return { removed: 0, entered: 0 };
  const ready = neighbours.flatMap((neighbour) => {
    const shown = yearShown(neighbour);
    return shown === null || shown === year ? [] : [{ year: shown, neighbour }];
  });
  const keep = new Set(neededElementIds(description, new Set()));
  for (const { neighbour } of ready) for (const id of neededElementIds(neighbour, new Set())) keep.add(id);
  const leaving = [...holdings.ids].filter((id) => !keep.has(id));
  const tidied: Tidied = { removed: 0, entered: 0 };
  // Removed outside a batch: Cytoscape keeps a batch's notifications, removed elements included,
  // until the next batch starts, which kept a scrub's thousands of elements alive (about 60 MB at 20,000).
  if (leaving.length > 0) {
    // What Cytoscape says went, a node's edges included, so the holdings never list a missing element.
    const gone = target.remove(target.collection(leaving.map((id) => target.getElementById(id)))).map((element) => element.id());
    for (const id of gone) holdings.ids.delete(id);
    tidied.removed = gone.length;
  }
  target.batch(() => {
    const whole = new Set([year, ...ready.map((kept) => kept.year)]);
    for (const held of [...holdings.years]) if (!whole.has(held)) holdings.years.delete(held);
    for (const kept of ready) {
      // A year entered before lists only what its marks reveal (its pair lines), which filters change.
      const entering = enteringElements(all, neededElementIds(kept.neighbour, holdings.years), description, holdings.ids, placeIn(kept.year));
      if (entering.length > 0) target.add(entering);
      tidied.entered += entering.length;
      holdings.years.add(kept.year);
    }
  });
  return tidied;
}
