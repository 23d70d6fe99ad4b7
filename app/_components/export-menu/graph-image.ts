import type { Core } from "cytoscape";
import { fitScale, type Size } from "@/lib/figure";

// The graph part of a picture export, drawn by Cytoscape itself: only what the year and filters
// leave displayed (hidden elements are display:none, which Cytoscape's bounds and drawing skip),
// with the selection and faded neighbourhood as on screen, fitted to the on-screen canvas's size.

export interface GraphFit {
  /** The on-screen canvas's size: the picture's graph frame. */
  frame: Size;
  /** The fitted graph's size in 1× pixels, or null when nothing is displayed. */
  graph: Size | null;
  /** Cytoscape's export options for that size at `pixelRatio`: maxWidth/maxHeight, not scale, because scale gets multiplied by the screen's devicePixelRatio. */
  limits: (pixelRatio: number) => { maxWidth: number; maxHeight: number };
}

export function fitGraph(cy: Core): GraphFit {
  const frame = { width: cy.width(), height: cy.height() };
  // Cytoscape's exporter sizes a full image from the same bounds, rounded up.
  const box = cy.elements().boundingBox();
  const bounds = { width: Math.ceil(box.w), height: Math.ceil(box.h) };
  // With nothing displayed the bounds are empty (or infinite); the picture then says so instead.
  const empty = !(Number.isFinite(bounds.width) && Number.isFinite(bounds.height) && bounds.width > 0 && bounds.height > 0);
  const scale = fitScale(bounds, frame);
  const graph = empty ? null : { width: bounds.width * scale, height: bounds.height * scale };
  return {
    frame,
    graph,
    limits: (pixelRatio) => ({ maxWidth: bounds.width * scale * pixelRatio, maxHeight: bounds.height * scale * pixelRatio }),
  };
}

/** The displayed graph as a bitmap at `pixelRatio`, on white. */
export async function graphBitmap(cy: Core, fit: GraphFit, pixelRatio: number): Promise<ImageBitmap> {
  const blob = await cy.png({ output: "blob-promise", full: true, bg: "#ffffff", ...fit.limits(pixelRatio) });
  return createImageBitmap(blob);
}

let svgExtension: Promise<void> | null = null;

/**
 * The displayed graph as an SVG document. cytoscape-svg touches `window` when imported, so it is
 * loaded here, on first use in the browser, and registered once (registering twice throws).
 */
export async function graphSvg(cy: Core, fit: GraphFit): Promise<string> {
  svgExtension ??= Promise.all([import("cytoscape"), import("cytoscape-svg")]).then(([cytoscape, svg]) => {
    if (typeof cy.svg !== "function") cytoscape.default.use(svg.default);
  });
  // A failed load (say, a dropped chunk) is retried next time rather than remembered.
  svgExtension.catch(() => {
    svgExtension = null;
  });
  await svgExtension;
  return cy.svg({ full: true, bg: "#ffffff", ...fit.limits(1) });
}
