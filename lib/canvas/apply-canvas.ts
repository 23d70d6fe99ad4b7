import type { CanvasDescription } from "./canvas-state";
import { markChange } from "./mark";
import { MARK_RULES } from "./mark-rules";
import { sameLine } from "./pair-lines";

/** One element of the canvas, as the applier handles it. */
export interface CanvasElement {
  data(patch: Record<string, unknown>): unknown;
}

/** The little of a Cytoscape core the applier needs, so lib/ never imports the renderer. */
export interface CanvasTarget {
  batch(apply: () => void): void;
  getElementById(id: string): CanvasElement;
  /** Elements as one collection: a class changes on all of them in one call (one style update, one event). */
  collection(elements: CanvasElement[]): { addClass(classes: string): unknown; removeClass(classes: string): unknown };
}

/**
 * Makes the canvas show `next`, given that it shows `previous` (null: a fresh instance with no
 * marks): only the classes and pair lines that differ are touched, all in one batch. Returns how many
 * element changes it made. `universe` is every element id on the canvas, needed only when a mark
 * appears or goes.
 */
export function applyCanvas(target: CanvasTarget, universe: Iterable<string>, previous: CanvasDescription | null, next: CanvasDescription): number {
  const changes = MARK_RULES.map((rule) => ({ className: rule.className, ...markChange(previous?.marks.get(rule.className) ?? null, next.marks.get(rule.className) ?? null, universe) }));
  let touched = 0;
  target.batch(() => {
    // A pair line takes the year's relations before it is shown (lines not drawn keep their last data).
    for (const [id, line] of next.lines) {
      if (sameLine(previous?.lines.get(id), line)) continue;
      target.getElementById(id).data({ ...line });
      touched += 1;
    }
    // Per class, not per element: at 20,000 relations a step changes over a thousand elements, and
    // Cytoscape's per-call bookkeeping (a collection, a style update, a "class" event) was most of ours.
    const elements = (ids: string[]) => target.collection(ids.map((id) => target.getElementById(id)));
    for (const { className, add, remove } of changes) {
      if (remove.length > 0) elements(remove).removeClass(className);
      if (add.length > 0) elements(add).addClass(className);
      touched += add.length + remove.length;
    }
  });
  return touched;
}
