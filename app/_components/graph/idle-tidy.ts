import type { Core } from "cytoscape";
import { type CanvasDescription, type CanvasHoldings, type GraphElement, type Point, type ShrinkingCanvasTarget, tidyCanvas, yearShown, yearsKeptAround } from "@/lib/canvas";
import { perfCounters } from "./perf";

export interface TidyRequest {
  cy: Core;
  all: ReadonlyMap<string, GraphElement>;
  holdings: CanvasHoldings;
  /** What the canvas shows now (the description last applied). */
  description: CanvasDescription;
  years: { first: number; last: number };
  placeIn: (year: number) => (actorId: string) => Point | undefined;
}

// Safari has no requestIdleCallback: a short timeout stands in for it.
const whenIdle = (run: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(run, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 200);
  return () => window.clearTimeout(handle);
};

/**
 * Once the browser is idle after a step, bounds what a big canvas holds to the shown year and its
 * neighbours (lib/canvas/tidy-canvas): the heap stays that of a few years, whatever the reader
 * visited, and the next adjacent step still only toggles classes. Returns the cancel, for when
 * another change comes first (a drag of the slider tidies once, when it stops).
 */
export function tidyWhenIdle({ cy, all, holdings, description, years, placeIn }: TidyRequest): () => void {
  const year = yearShown(description);
  if (year === null) return () => undefined;
  return whenIdle(() => {
    if (cy.destroyed()) return;
    const started = performance.now();
    const tidied = tidyCanvas(cy as unknown as ShrinkingCanvasTarget, all, holdings, description, yearsKeptAround(year, years), placeIn);
    perfCounters().lastTidy = { ms: performance.now() - started, ...tidied, held: holdings.ids.size };
  });
}
