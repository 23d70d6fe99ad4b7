// Always-on, near-free timing counters for the year slider and the first drawing, read by
// `npm run bench` (and handy in DevTools: `__allegiancesPerf`). Recording a step is a few
// assignments; nothing here allocates per step or touches the DOM.

export interface YearStepTiming {
  from: number;
  to: number;
  /** Element-class changes the applier made (the year mark, and any mark the year moves). */
  changed: number;
  /** Our own work: finding what changed and applying it, the batch's style update included. */
  ownMs: number;
  /** Cytoscape's draw of the step when it was drawn in the input's own frame, else null (drawn in its loop). */
  drawMs: number | null;
  /** performance.now() when the step finished. */
  at: number;
}

export interface AllegiancesPerf {
  /** Year steps applied so far (not counting the first whole-year pass). */
  steps: number;
  ownMsTotal: number;
  lastStep: YearStepTiming | null;
  /** The first whole-year pass (every element looked at once). */
  firstPassMs: number | null;
  /** How long the one layout took and how it was done (see LayoutController). */
  layoutMs: number | null;
  layoutMode: string | null;
  /** performance.now() when the first laid-out graph was drawn; also a performance mark. */
  firstDrawnAt: number | null;
  /** performance.now() when a big dataset's whole (fetched after its first view) was in the explorer. */
  completeAt?: number;
  /** The last tidy of a big canvas between steps (CanvasSync): how long, and how many elements left and entered. */
  lastTidy?: { ms: number; removed: number; entered: number; held: number };
}

export const FIRST_DRAWN_MARK = "allegiances:first-drawn";

declare global {
  interface Window {
    __allegiancesPerf?: AllegiancesPerf;
  }
}

export function perfCounters(): AllegiancesPerf {
  window.__allegiancesPerf ??= { steps: 0, ownMsTotal: 0, lastStep: null, firstPassMs: null, layoutMs: null, layoutMode: null, firstDrawnAt: null };
  return window.__allegiancesPerf;
}

export function recordYearStep(from: number, to: number, changed: number, ownMs: number, drawMs: number | null): void {
  const perf = perfCounters();
  perf.steps += 1;
  perf.ownMsTotal += ownMs;
  perf.lastStep = { from, to, changed, ownMs, drawMs, at: performance.now() };
}

export function recordFirstDrawn(): void {
  const perf = perfCounters();
  if (perf.firstDrawnAt !== null) return;
  perf.firstDrawnAt = performance.now();
  performance.mark(FIRST_DRAWN_MARK);
  // What a first view waits for before it fetches the rest (use-served-dataset.ts).
  window.dispatchEvent(new Event(FIRST_DRAWN_MARK));
}

/** Whether the page's first graph has been drawn (the event above has fired). */
export function firstDrawn(): boolean {
  return perfCounters().firstDrawnAt !== null;
}

export function recordComplete(): void {
  perfCounters().completeAt ??= performance.now();
}
