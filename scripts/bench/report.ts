// What a bench run reports: per-step samples folded into summaries, and the table printed at the end.

// Type-only, so erased at runtime: loading this file never starts a bench.
import type { SizeResult } from "./run";
import { round, summarize } from "./stats";

export interface StepSample {
  year: number;
  total: number;
  sync: number;
  own: number;
  redraw: number;
  /** Cytoscape's own frame for the same view, in a quiet frame after the step: its render loop's callbacks (texture caching), a redraw, the browser's paint. */
  frame: number;
  changed: number;
  drew: boolean;
  /** Drawn inside the input event, so painted in the input's own frame (not the next one). */
  inputFrame: boolean;
}

export function stepSummary(samples: readonly StepSample[]) {
  const drawn = samples.filter((s) => s.drew);
  return {
    total: summarize(drawn.map((s) => s.total)),
    own: summarize(samples.map((s) => s.own)),
    redraw: summarize(drawn.map((s) => s.redraw)),
    frame: summarize(drawn.map((s) => s.frame)),
    sync: summarize(samples.map((s) => s.sync)),
    changed: summarize(samples.map((s) => s.changed)),
    /** Step to painted frame over Cytoscape's redraw of the same step, per step (median). */
    totalOverRedraw: summarize(drawn.map((s) => s.total / Math.max(s.redraw, 0.01))).median,
    /** The same over Cytoscape's whole frame for the same view (redraw plus its render loop's texture work). */
    totalOverFrame: summarize(drawn.map((s) => s.total / Math.max(s.frame, 0.01))).median,
    /** Our own ms per changed element, in microseconds. */
    ownMicrosPerChange: summarize(samples.filter((s) => s.changed > 0).map((s) => (1000 * s.own) / s.changed)).median,
    undrawn: samples.length - drawn.length,
    /** The share of drawn steps painted in the input's own frame. */
    inputFrameShare: drawn.length === 0 ? 0 : drawn.filter((s) => s.inputFrame).length / drawn.length,
  };
}

export function table(results: readonly SizeResult[]): string {
  const rows: [string, (r: SizeResult) => string][] = [
    ["actors / relations", (r) => `${r.counts.actors} / ${r.counts.relations}`],
    ["first drawn graph after navigation, median (ms)", (r) => `${r.firstDrawn.median}`],
    ["whole dataset in the explorer (slider, panels, exports) after navigation, median (ms)", (r) => `${r.complete.median}`],
    ["layout (mode, median ms)", (r) => `${r.layoutMode ?? "?"}, ${r.layoutMs.median}`],
    ["renderer (WebGL on? / GL)", (r) => `${r.renderer?.webgl === true ? "WebGL" : "canvas 2D"} / ${r.renderer?.gl ?? "no WebGL"}`],
    ["first-load JS, gzip (KB)", (r) => `${r.firstLoadJs.jsGzipKb}`],
    ["HTML, gzip (KB)", (r) => `${r.firstLoadJs.htmlGzipKb}`],
    ["adjacent step → painted frame, median / p95 (ms)", (r) => `${r.ours.adjacent.total.median} / ${r.ours.adjacent.total.p95}`],
    ["  our own work (find + apply change), median / p95 (ms)", (r) => `${r.ours.adjacent.own.median} / ${r.ours.adjacent.own.p95}`],
    ["  elements changed per adjacent step, median", (r) => `${r.ours.adjacent.changed.median}`],
    ["  our own work per changed element (µs)", (r) => `${round(r.ours.adjacent.ownMicrosPerChange, 1)}`],
    ["  painted in the input's own frame (drawn inside the event), share of steps", (r) => `${Math.round(100 * r.ours.adjacent.inputFrameShare)}%`],
    ["  input handling incl. React, without a draw inside it (ms, median)", (r) => `${r.ours.adjacent.sync.median}`],
    ["  Cytoscape redraw, median (ms)", (r) => `${r.ours.adjacent.redraw.median}`],
    ["  Cytoscape's whole frame for the same view, quiet (render loop + redraw + paint), median (ms)", (r) => `${r.ours.adjacent.frame.median}`],
    ["  step ÷ redraw, median", (r) => `${r.ratios.oursTotalOverRedrawAdjacent}`],
    ["  step ÷ Cytoscape's whole frame, median", (r) => `${round(r.ours.adjacent.totalOverFrame)}`],
    ["jump step → painted frame, median / p95 (ms)", (r) => `${r.ours.jumps.total.median} / ${r.ours.jumps.total.p95}`],
    ["  our own work, median (ms)", (r) => `${r.ours.jumps.own.median}`],
    ["  step ÷ redraw, median", (r) => `${r.ratios.oursTotalOverRedrawJumps}`],
    ["naive rebuild, adjacent → painted frame, median / p95 (ms)", (r) => `${r.naive.adjacent.total.median} / ${r.naive.adjacent.total.p95}`],
    ["naive rebuild, jump → painted frame, median (ms)", (r) => `${r.naive.jumps.total.median}`],
    ["naive ÷ ours, step → painted frame, adjacent / jumps", (r) => `${r.ratios.naiveOverOursAdjacent}x / ${r.ratios.naiveOverOursJumps}x`],
    ["naive ÷ ours, own work (rebuild vs toggle), adjacent", (r) => `${r.ratios.naiveOwnOverOursOwnAdjacent}x (${r.naive.adjacent.own.median} vs ${r.ours.adjacent.own.median} ms)`],
    ["JS heap after load / after steps (MB)", (r) => `${r.heap.afterLoadMb} / ${r.heap.afterStepsMb} (${r.heap.steps} steps)`],
    ["elements on the canvas after load / after steps", (r) => `${r.heap.elementsAfterLoad} / ${r.heap.elementsAfterSteps}`],
    ["JS heap after 200 steps more (MB): what a long session keeps gaining", (r) => `${r.heap.afterMoreStepsMb} (${round(r.heap.afterMoreStepsMb - r.heap.afterStepsMb)} more)`],
    ["PNG export (cy.png, view size), median (ms)", (r) => `${r.png.median}`],
    ["GEXF of the whole dataset (toGexf), median (ms)", (r) => `${r.gexf.median}`],
    ["/api/snapshot?year=… JSON, gzip, p50 / p99 (ms)", (r) => `${r.api.json.p50} / ${r.api.json.p99} (${round(r.api.json.bytes / 1024)} KB sent)`],
    ["/api/snapshot?year=… JSON, uncompressed, p50 / p99 (ms)", (r) => `${r.api.jsonIdentity.p50} / ${r.api.jsonIdentity.p99} (${round(r.api.jsonIdentity.bytes / 1024)} KB)`],
    ["production build (s)", (r) => `${round(r.buildMs / 1000, 1)}`],
  ];
  const header = `| measure | ${results.map((r) => r.label).join(" | ")} |`;
  const rule = `| --- | ${results.map(() => "---").join(" | ")} |`;
  return [header, rule, ...rows.map(([label, cell]) => `| ${label} | ${results.map(cell).join(" | ")} |`)].join("\n");
}
