"use client";

import cytoscape, { type Core, type CytoscapeOptions, type StylesheetJsonBlock } from "cytoscape";
import fcose from "cytoscape-fcose";
import { memo, useLayoutEffect, useRef, useState } from "react";
import type { StyleBlock } from "@/lib/canvas";
import { renderOptionsFor, styleOptionBlocks, withoutLayeredTextures } from "./render-options";

// Registering twice throws in some extensions; module scope runs once per page load.
cytoscape.use(fcose);

export interface CytoscapeViewProps {
  /** How many elements the map has in all years: the renderer's options are chosen by it. */
  size: number;
  stylesheet: readonly StyleBlock[];
  onCy: (cy: Core) => void;
  className?: string;
}

/**
 * The one Cytoscape instance. Loaded only in the browser (Cytoscape touches `window` at import).
 * It starts empty and its props never change after mount: CanvasSync adds the elements a year needs
 * and applies the year and filters as classes. The core is made here rather than by react-cytoscapejs, which passes only the
 * options it knows (not the WebGL renderer's), and diffed props this view never changes.
 */
function CytoscapeViewImpl({ size, stylesheet, onCy, className }: CytoscapeViewProps) {
  // Chosen once per mount from the number of elements (which never changes after mount).
  const [render] = useState(() => renderOptionsFor(size));
  const container = useRef<HTMLDivElement>(null);
  const onCyNow = useRef(onCy);
  onCyNow.current = onCy;
  // A layout effect, as react-cytoscapejs's componentDidMount was: the instance exists before the
  // parents' effects run.
  useLayoutEffect(() => {
    if (container.current === null) return;
    const options: CytoscapeOptions & { renderer?: { name: string; webgl?: boolean } } = {
      container: container.current,
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      // Selection is the URL's, drawn with classes; Cytoscape's own :selected state stays unused.
      autounselectify: true,
      hideEdgesOnViewport: render.hideEdgesOnViewport,
      textureOnViewport: render.textureOnViewport,
      ...(render.pixelRatio === undefined ? {} : { pixelRatio: render.pixelRatio }),
      ...(render.webgl ? { renderer: { name: "canvas", webgl: true } } : {}),
      style: [...stylesheet, ...styleOptionBlocks(render)] as unknown as StylesheetJsonBlock[],
    };
    const cy = cytoscape(options);
    if (!render.layers) withoutLayeredTextures(cy);
    exposeForTests(cy);
    onCyNow.current(cy);
    return () => cy.destroy();
  }, [stylesheet, render]);
  return <div ref={container} className={className} style={{ width: "100%", height: "100%" }} />;
}

export const CytoscapeView = memo(CytoscapeViewImpl);
export default CytoscapeView;

declare global {
  interface Window {
    /** The live instance, read by the end-to-end tests to click edges drawn on the canvas. */
    cy?: Core;
  }
}

function exposeForTests(cy: Core): void {
  window.cy = cy;
}
