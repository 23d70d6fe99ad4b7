import type { Core } from "cytoscape";
import { type CanvasDescription, type CanvasHoldings, type GraphElement, type Point, type ShrinkingCanvasTarget, tidyCanvas, yearShown, yearsKeptAround } from "@/lib/canvas";
import { perfCounters } from "./perf";
import { whenIdle } from "./when-idle";

export interface TidyRequest {
  cy: Core;
  all: ReadonlyMap<string, GraphElement>;
  holdings: CanvasHoldings;
  /** What the canvas shows now (the description last applied). */
  description: CanvasDescription;
  years: { first: number; last: number };
  /** The map of another year with the same view (filters, selection, marks): the neighbours the tidy readies. */
  describeYear: (year: number) => CanvasDescription;
  placeIn: (year: number) => (actorId: string) => Point | undefined;
}

/**
 * Once the browser is idle after a step, bounds what a big canvas holds to the shown year and its
 * neighbours (lib/canvas/tidy-canvas): the heap stays that of a few years, whatever the reader
 * visited, and the next adjacent step still only toggles classes. Returns the cancel, for when
 * another change comes first (a drag of the slider tidies once, when it stops).
 */
export function tidyWhenIdle({ cy, all, holdings, description, years, describeYear, placeIn }: TidyRequest): () => void {
  const year = yearShown(description);
  if (year === null) return () => undefined;
  return whenIdle(() => {
    if (cy.destroyed()) return;
    const started = performance.now();
    const neighbours = yearsKeptAround(year, years).filter((kept) => kept !== year).map(describeYear);
    const tidied = tidyCanvas(cy as unknown as ShrinkingCanvasTarget, all, holdings, description, neighbours, placeIn);
    perfCounters().lastTidy = { ms: performance.now() - started, ...tidied, held: holdings.ids.size };
  });
}
