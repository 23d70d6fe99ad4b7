"use client";

import cytoscape, { type Core, type ElementDefinition, type StylesheetJsonBlock } from "cytoscape";
import fcose from "cytoscape-fcose";
import { memo, useCallback, useRef, useState } from "react";
import CytoscapeComponent from "react-cytoscapejs";
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
 * Its props never change after mount: react-cytoscapejs diffs elements and stylesheet by
 * reference, so the year and filters are applied by controllers as classes, not through here.
 */
function CytoscapeViewImpl({ elements, stylesheet, onCy, className }: CytoscapeViewProps) {
  // Chosen once per mount from the number of elements (which never changes after mount).
  const [render] = useState(() => renderOptionsFor(elements.length));
  const styled = useRef(new WeakSet<Core>());
  // react-cytoscapejs calls this after every update; the parent ignores repeats of one instance.
  const handleCy = useCallback(
    (cy: Core) => {
      exposeForTests(cy);
      if (!styled.current.has(cy)) {
        styled.current.add(cy);
        applyStyleOptions(cy, render);
      }
      onCy(cy);
    },
    [onCy, render],
  );
  return (
    <CytoscapeComponent
      elements={elements as unknown as ElementDefinition[]}
      stylesheet={stylesheet as unknown as StylesheetJsonBlock[]}
      cy={handleCy}
      className={className}
      style={{ width: "100%", height: "100%" }}
      minZoom={0.15}
      maxZoom={4}
      boxSelectionEnabled={false}
      hideEdgesOnViewport={render.hideEdgesOnViewport}
      textureOnViewport={render.textureOnViewport}
      {...(render.pixelRatio === undefined ? {} : { pixelRatio: render.pixelRatio })}
      // Selection is the URL's, drawn with classes; Cytoscape's own :selected state stays unused.
      autounselectify
    />
  );
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
