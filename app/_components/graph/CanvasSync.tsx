"use client";

import type { Core, ElementDefinition } from "cytoscape";
import { useEffect, useMemo, useRef } from "react";
import { type CanvasDescription, type CanvasHoldings, elementsById, emptyHoldings, type GraphElement, type GrowingCanvasTarget, type Point, syncCanvas, yearShown } from "@/lib/canvas";
import type { AllianceModel } from "@/lib/graph";
import { drawInInputFrame } from "./draw-now";
import { tidyWhenIdle } from "./idle-tidy";
import { perfCounters, recordYearStep } from "./perf";
import { renderOptionsFor } from "./render-options";

interface Applied {
  cy: Core;
  model: AllianceModel;
  description: CanvasDescription;
  /** What the instance holds. */
  holdings: CanvasHoldings;
}

/** Replaces how a change is applied (the benchmark's naive rebuild, given every element); never set by the app itself. */
export type ApplyOverride = (cy: Core, previous: CanvasDescription, next: CanvasDescription, elements: readonly GraphElement[]) => number;

declare global {
  interface Window {
    __allegiancesApplyOverride?: ApplyOverride;
  }
}

interface CanvasSyncProps {
  cy: Core | null;
  model: AllianceModel;
  /** Every element of every year: the instance receives each when a year first needs it. */
  elements: readonly GraphElement[];
  description: CanvasDescription;
  /** Readies a fresh instance (frames it; lays it out when `layOutAll`). */
  prepare: (cy: Core) => void;
  /** Every element enters before `prepare`, which lays them all out (there are no places to enter at). */
  layOutAll: boolean;
  /** Where an actor entering in a year is drawn (that year's place). */
  placeIn: (year: number) => (actorId: string) => Point | undefined;
  /** The same view in another year (a big canvas readies the years either side). */
  describeYear: (year: number) => CanvasDescription;
}

/**
 * Makes the canvas show the description. An element enters the instance only when a year first
 * needs it, with every class it carries then, so the renderer styles only what is drawn (at 20,000
 * relations a year holds a sixth of them); after that each change applies only the difference.
 * A big canvas is tidied once the browser is idle (idle-tidy.ts), so it holds a few years, not
 * every year visited. Renders nothing. The only component that adds or removes elements or
 * writes classes on the canvas.
 */
export function CanvasSync({ cy, model, elements, description, prepare, layOutAll, placeIn, describeYear }: CanvasSyncProps) {
  const applied = useRef<Applied | null>(null);
  const byId = useMemo(() => elementsById(elements), [elements]);
  useEffect(() => {
    if (cy === null) return;
    const last = applied.current;
    // A new model on the same instance is a first view's whole arriving: its elements carry the
    // same data (lib/first-view), so the instance keeps what it holds and takes the difference.
    const fresh = last === null || last.cy !== cy;
    const holdings = fresh ? emptyHoldings() : last.holdings;
    if (layOutAll && (fresh || last.model !== model)) {
      const missing = elements.filter((element) => !holdings.ids.has(element.data.id));
      cy.batch(() => void cy.add(missing as unknown as ElementDefinition[]));
      for (const element of missing) holdings.ids.add(element.data.id);
    }
    if (fresh) prepare(cy);
    const started = performance.now();
    const override = window.__allegiancesApplyOverride;
    const touched =
      !fresh && override !== undefined
        ? override(cy, last.description, description, elements)
        : syncCanvas(cy as unknown as GrowingCanvasTarget, byId, holdings, fresh ? null : last.description, description, placeOf(placeIn, description));
    // The batch's end (Cytoscape's style update of the touched elements) is counted as ours.
    const ownMs = performance.now() - started;
    const [from, to] = [fresh ? null : yearShown(last.description), yearShown(description)];
    // Drawn in the input's frame when that is cheap (the built-in data); else in Cytoscape's next frame.
    const drawMs = fresh ? null : drawInInputFrame(cy);
    if (fresh) perfCounters().firstPassMs = ownMs;
    else if (from !== null && to !== null && from !== to) recordYearStep(from, to, touched, ownMs, drawMs);
    applied.current = { cy, model, description, holdings };
    // Every element is held where the browser lays them all out; the naive baseline holds its own.
    if (!renderOptionsFor(elements.length).tidy || layOutAll || override !== undefined) return;
    return tidyWhenIdle({ cy, all: byId, holdings, description, years: model.years, describeYear, placeIn });
  }, [cy, model, elements, byId, description, prepare, layOutAll, placeIn, describeYear]);
  return null;
}

function placeOf(placeIn: CanvasSyncProps["placeIn"], description: CanvasDescription) {
  const year = yearShown(description);
  return year === null ? undefined : placeIn(year);
}
