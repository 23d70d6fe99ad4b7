import type { Core } from "cytoscape";

// Cytoscape 3.34's render loop, as far as we drive it (its renderer's fields, not its public API).
interface RenderLoop {
  requestedFrame?: boolean;
  renderOptions?: unknown;
  render?: (options: unknown) => void;
  beforeRenderCallbacks?: { fn: (willDraw: boolean, time: number) => void }[];
  averageRedrawTime?: number;
  redrawCount?: number;
  redrawTotalTime?: number;
  lastRedrawTime?: number;
  lastDrawTime?: number;
}

// A draw this short fits in the input's own frame (a display frame); a longer one is left to the
// loop, which draws once however many inputs came in the meantime (20,000 relations: 300 ms).
export const DRAW_IN_INPUT_FRAME_MS = 16;

/**
 * Draws the change now, inside the input event, instead of in Cytoscape's next animation frame:
 * a slider's input arrives at the start of a frame, so the step is painted in that frame, not the
 * one after. Only when the renderer's recent redraws were short; returns the draw's ms, or null.
 */
export function drawInInputFrame(cy: Core): number | null {
  const loop = (cy as unknown as { renderer(): RenderLoop }).renderer();
  if (typeof loop.render !== "function" || loop.requestedFrame !== true || cy.destroyed()) return null;
  if (loop.averageRedrawTime === undefined || loop.averageRedrawTime > DRAW_IN_INPUT_FRAME_MS) return null;
  // What the loop does for a frame it draws: its before-render work (texture queues), the render, its counters.
  const started = performance.now();
  for (const callback of loop.beforeRenderCallbacks ?? []) callback.fn(true, started);
  loop.render(loop.renderOptions);
  const ended = performance.now();
  const ms = ended - started;
  loop.lastDrawTime = ended;
  loop.redrawCount = (loop.redrawCount ?? 0) + 1;
  loop.redrawTotalTime = (loop.redrawTotalTime ?? 0) + ms;
  loop.lastRedrawTime = ms;
  loop.averageRedrawTime = loop.averageRedrawTime / 2 + ms / 2;
  loop.requestedFrame = false;
  return ms;
}
