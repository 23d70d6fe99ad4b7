"use client";

import type { Core } from "cytoscape";
import { useEffect, useRef } from "react";
import { applyCanvas, type CanvasDescription, canvasUniverse, type Mark, VIEW_CLASSES } from "@/lib/canvas";
import type { AllianceModel } from "@/lib/graph";
import { perfCounters, recordYearStep } from "./perf";

interface Applied {
  cy: Core;
  model: AllianceModel;
  description: CanvasDescription;
}

/** Replaces how a change is applied (the benchmark's naive rebuild); never set by the app itself. */
export type ApplyOverride = (cy: Core, previous: CanvasDescription, next: CanvasDescription) => number;

declare global {
  interface Window {
    __allegiancesApplyOverride?: ApplyOverride;
  }
}

const yearOf = (description: CanvasDescription): number | null => {
  const mark: Mark | null | undefined = description.marks.get(VIEW_CLASSES.offYear);
  return mark?.kind === "off-year" ? mark.year : null;
};

/**
 * Makes the canvas show the description: on a fresh instance `prepare` (the layout) runs first,
 * over every element, then every mark is applied; after that each change applies only the
 * difference. Renders nothing. The only component that writes classes on the canvas.
 */
export function CanvasSync({ cy, model, description, prepare }: { cy: Core | null; model: AllianceModel; description: CanvasDescription; prepare: (cy: Core) => void }) {
  const applied = useRef<Applied | null>(null);
  useEffect(() => {
    if (cy === null) return;
    const last = applied.current;
    const fresh = last === null || last.cy !== cy || last.model !== model;
    if (fresh) prepare(cy);
    const started = performance.now();
    const override = window.__allegiancesApplyOverride;
    const touched = !fresh && override !== undefined ? override(cy, last.description, description) : applyCanvas(cy, canvasUniverse(model), fresh ? null : last.description, description);
    // The batch's end (Cytoscape's style update of the touched elements) is counted as ours.
    const ownMs = performance.now() - started;
    const [from, to] = [fresh ? null : yearOf(last.description), yearOf(description)];
    if (fresh) perfCounters().firstPassMs = ownMs;
    else if (from !== null && to !== null && from !== to) recordYearStep(from, to, touched, ownMs);
    applied.current = { cy, model, description };
  }, [cy, model, description, prepare]);
  return null;
}
