"use client";

import cytoscape, { type Core, type CytoscapeOptions, type ElementDefinition, type StylesheetJsonBlock } from "cytoscape";
import fcose from "cytoscape-fcose";
import { memo, useLayoutEffect, useRef, useState } from "react";
import type { GraphElement, StyleBlock } from "@/lib/canvas";
import { applyStyleOptions, renderOptionsFor } from "./render-options";

// Registering twice throws in some extensions; module scope runs once per page load.
cytoscape.use(fcose);

export interface CytoscapeViewProps {
  elements: readonly GraphElement[];
  stylesheet: readonly StyleBlock[];
  onCy: (cy: Core) => void;
  className?: string;
}

/**
 * The one Cytoscape instance. Loaded only in the browser (Cytoscape touches `window` at import).
 * Its props never change after mount: the year and filters are applied by controllers as classes,
 * not through here. The core is made here rather than by react-cytoscapejs, which passes only the
 * options it knows (not the WebGL renderer's), and diffed props this view never changes.
 */
function CytoscapeViewImpl({ elements, stylesheet, onCy, className }: CytoscapeViewProps) {
  // Chosen once per mount from the number of elements (which never changes after mount).
  const [render] = useState(() => renderOptionsFor(elements.length));
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
      style: stylesheet as unknown as StylesheetJsonBlock[],
    };
    const cy = cytoscape(options);
    // Added after the core exists, so Cytoscape runs no layout of its own (it would grid them),
    // in one batch, as react-cytoscapejs added them.
    cy.batch(() => void cy.add(elements as unknown as ElementDefinition[]));
    exposeForTests(cy);
    applyStyleOptions(cy, render);
    onCyNow.current(cy);
    return () => cy.destroy();
  }, [elements, stylesheet, render]);
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
