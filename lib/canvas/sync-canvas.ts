import { applyCanvas, type CanvasTarget } from "./apply-canvas";
import type { CanvasDescription } from "./canvas-state";
import type { GraphElement, Point } from "./elements";
import { type CanvasHoldings, enteringElements, neededElementIds, yearShown } from "./entering-elements";

/** A canvas that elements can enter: the applier's target plus Cytoscape's `add`. */
export interface GrowingCanvasTarget extends CanvasTarget {
  add(elements: GraphElement[]): unknown;
}

/**
 * Makes a canvas that holds only some elements (`holdings`, updated) show `next`: the difference
 * from `previous` on what it holds, then the elements `next` needs that it lacks, entering with
 * their classes, in one batch. Returns how many element changes and entries it made.
 */
export function syncCanvas(
  target: GrowingCanvasTarget,
  all: ReadonlyMap<string, GraphElement>,
  holdings: CanvasHoldings,
  previous: CanvasDescription | null,
  next: CanvasDescription,
  placeOf?: (actorId: string) => Point | undefined,
): number {
  let touched = 0;
  target.batch(() => {
    // An empty canvas has nothing to change: what enters carries its classes already.
    if (holdings.ids.size > 0) touched = applyCanvas(target, holdings.ids, previous, next);
    const entering = enteringElements(all, neededElementIds(next, holdings.years), next, holdings.ids, placeOf);
    if (entering.length > 0) target.add(entering);
    touched += entering.length;
  });
  const year = yearShown(next);
  if (year !== null) holdings.years.add(year);
  return touched;
}
