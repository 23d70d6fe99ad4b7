import type { Core } from "cytoscape";
import type { StyleBlock } from "@/lib/canvas";

/**
 * Renderer options by graph size. Small graphs (the built-in data) keep full fidelity; past
 * BIG_GRAPH elements the view trades what is invisible in motion for speed: edges hidden and a
 * texture panned while the user pans or zooms (no effect on a year step, which redraws normally),
 * and straight "haystack" edges.
 * With `?bench&render=a,b` the benchmark can force any of them on or off to measure each one.
 */
export interface RenderOptions {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
  /** Haystack edges (straight, no arrows, no fan-out of parallel edges): far cheaper to draw. */
  haystack: boolean;
  /** A fixed pixel ratio (1 draws a quarter of the pixels on a 2x screen), or undefined for the screen's. */
  pixelRatio: number | undefined;
  /** Cytoscape's WebGL renderer (3.31+): only when the benchmark asks for it (`render=webgl`), see README. */
  webgl: boolean;
  /** Cytoscape's layered textures (on by default); `render=-layers` measures the canvas without them. */
  layers: boolean;
  /** Between steps the canvas holds only the shown year and its neighbours (lib/canvas/tidy-canvas); `render=-tidy` keeps every year met. */
  tidy: boolean;
}

export const BIG_GRAPH = 5000;

// Read when the page loads: the explorer then rewrites its URL to the view state, dropping `bench` and `render`.
const forced = typeof window === "undefined" ? null : forcedRender(new URLSearchParams(window.location.search));

function forcedRender(params: URLSearchParams): string | null {
  return params.has("bench") ? params.get("render") : null;
}

export function renderOptionsFor(elementCount: number): RenderOptions {
  const big = elementCount >= BIG_GRAPH;
  // Haystack edges measured at 2,000 actors / 20,000 relations (headless, 2 cores): Cytoscape's
  // redraw per year step 214 ms against 336 ms with bezier edges, step to painted frame 360 ms
  // against 515 ms. They lose arrows and the fan-out of parallel edges, which a graph that big
  // cannot show legibly anyway; the relation list and panels still give every relation.
  const options: RenderOptions = { hideEdgesOnViewport: big, textureOnViewport: big, haystack: big, pixelRatio: undefined, webgl: false, layers: true, tidy: big };
  if (forced === null || forced === "") return options;
  // e.g. render=haystack,-texture,pr1: a name turns an option on, a leading "-" turns it off.
  for (const item of forced.split(",")) {
    const on = !item.startsWith("-");
    const name = item.replace(/^-/, "");
    if (name === "hide-edges") options.hideEdgesOnViewport = on;
    else if (name === "texture") options.textureOnViewport = on;
    else if (name === "haystack") options.haystack = on;
    else if (name === "webgl") options.webgl = on;
    else if (name === "layers") options.layers = on;
    else if (name === "tidy") options.tidy = on;
    else if (/^pr\d+(\.\d+)?$/.test(name)) options.pixelRatio = on ? Number(name.slice(2)) : undefined;
  }
  return options;
}

/** Options drawn through the stylesheet (Cytoscape has no core option for them), appended last so they win. */
export function styleOptionBlocks(options: RenderOptions): StyleBlock[] {
  return options.haystack ? [{ selector: "edge", style: { "curve-style": "haystack", "haystack-radius": 0 } }] : [];
}

/** Cytoscape has no option for its layered texture cache: without layers it draws each element's own texture. */
export function withoutLayeredTextures(cy: Core): void {
  const renderer = (cy as unknown as { renderer: () => { data?: { lyrTxrCache?: { getLayers: () => null } } } }).renderer();
  if (renderer.data?.lyrTxrCache !== undefined) renderer.data.lyrTxrCache.getLayers = () => null;
}
