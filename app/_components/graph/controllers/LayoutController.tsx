"use client";

import type { CollectionReturnValue, Core, LayoutOptions, NodeCollection } from "cytoscape";
import { useEffect, useRef } from "react";
import { fitPositions, NODE_LOOK, PAIR_CLASS, VIEW_CLASSES } from "@/lib/canvas";
import { FCOSE_OPTIONS, FIT_PADDING, isBigLayout, LAYOUT_SEED, oneEdgePerPair, seededRandom } from "@/lib/layout";
import { perfCounters, recordFirstDrawn } from "../perf";

const NARROW_CANVAS_PX = 560;
const LEGIBLE_LABEL_PX = 10;

// Instances already laid out: React's development double-run of effects must not lay out twice.
const laidOut = new WeakSet<Core>();

/**
 * Readies a fresh instance; called by CanvasSync before any mark hides an element. With the
 * server's per-year places (`placed`; YearPlacesController puts the actors there) nothing is laid
 * out here; otherwise every actor of every year is laid out once, so each keeps one place. Then
 * frames what the opening year shows, once the marks are applied.
 */
export function layoutFreshCanvas(cy: Core, placed = false): void {
  cy.resize();
  const frame = () =>
    window.requestAnimationFrame(() => {
      frameShown(cy);
      // The next frame Cytoscape draws is the first laid-out, framed graph of the year shown. Its
      // WebGL renderer emits no "render": there the frame after next (its render loop draws in one).
      if ((cy as unknown as { renderer: () => { webgl?: boolean } }).renderer().webgl === true) window.requestAnimationFrame(() => window.requestAnimationFrame(recordFirstDrawn));
      else cy.one("render", recordFirstDrawn);
    });
  if (laidOut.has(cy)) return void frame();
  laidOut.add(cy);
  if (placed) {
    const perf = perfCounters();
    perf.layoutMs = 0;
    perf.layoutMode = "from the server (none in the browser)";
    return void frame();
  }
  const started = performance.now();
  // Over every element, before the year hides any (fcose runs before this returns): hidden nodes
  // would count as label-less and the layout would then depend on the year the page opened at.
  void layOut(cy, cy.elements(), false).then((mode) => {
    const perf = perfCounters();
    perf.layoutMs = performance.now() - started;
    perf.layoutMode = mode;
    frame();
  });
}

/** A zoom by a factor, about the canvas's centre; `serial` tells two equal requests apart. */
export interface ZoomRequest {
  factor: number;
  serial: number;
}

/**
 * A rearrange request (a button) lays out only what the year shows; a fit request frames it; a
 * zoom request zooms about the centre. None runs on a year change.
 */
export function ViewportController(props: { cy: Core | null; rearrangeRequest: number; fitRequest: number; zoomRequest: ZoomRequest | null; onArranged: (placed: Record<string, [number, number]>) => void }) {
  const { cy, rearrangeRequest, fitRequest, zoomRequest } = props;
  const onArranged = useRef(props.onArranged);
  useEffect(() => {
    onArranged.current = props.onArranged;
  });
  useEffect(() => {
    if (cy === null || zoomRequest === null) return;
    const level = Math.min(Math.max(cy.zoom() * zoomRequest.factor, cy.minZoom()), cy.maxZoom());
    cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }, duration: 200 });
  }, [cy, zoomRequest]);

  useEffect(() => {
    if (cy === null || rearrangeRequest === 0) return;
    const shown = shownElements(cy);
    // What Re-arrange gives is the reader's arrangement of the year, kept like a drag.
    void layOut(cy, shown, true).then(() => onArranged.current(placesOf(shown.nodes())));
  }, [cy, rearrangeRequest]);

  useEffect(() => {
    if (cy === null || fitRequest === 0) return;
    cy.animate({ fit: { eles: shownElements(cy), padding: FIT_PADDING }, duration: 300 });
  }, [cy, fitRequest]);
  return null;
}

/**
 * fcose over the nodes and one edge per linked pair, at once; past BIG_LAYOUT, ForceAtlas2 (seeded),
 * whose code loads only then (it is not part of the first load). Resolves to which ran.
 */
async function layOut(cy: Core, elements: CollectionReturnValue, rearrange: boolean): Promise<string> {
  const edges = oneEdgePerPair(elements.edges().map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() })));
  const nodes = elements.nodes();
  if (isBigLayout(nodes.length, edges.length)) {
    const { bigGraphPositions } = await import("@/lib/layout/big");
    const positions = bigGraphPositions(nodes.map((node) => node.id()), edges, seededRandom(LAYOUT_SEED));
    nodes.positions((node) => positions.get(node.id()) ?? node.position());
    if (rearrange) cy.animate({ fit: { eles: nodes, padding: FIT_PADDING }, duration: 300 });
    return "forceatlas2 (seeded)";
  }
  const kept = new Set(edges.map((edge) => edge.id));
  const pairEdges = elements.edges().filter((edge) => kept.has(edge.id()));
  const options = (rearrange ? FCOSE_OPTIONS.rearrange : FCOSE_OPTIONS.first) as unknown as LayoutOptions;
  const layout = nodes.union(pairEdges).layout(options);
  const stopped = layout.promiseOn("layoutstop");
  layout.run();
  await stopped;
  return "fcose proof";
}

/** Actor id → [x, y] of these nodes, as an arrangement stores them. */
export function placesOf(nodes: NodeCollection): Record<string, [number, number]> {
  return Object.fromEntries(nodes.map((node) => [String(node.data("actorId")), [node.position().x, node.position().y] as [number, number]]));
}

/** Frames the nodes shown now from their positions (not from rendered boxes, which lag a class change). */
function frameShown(cy: Core): void {
  const shown = shownElements(cy).nodes();
  const nodes = shown.empty() ? cy.nodes() : shown;
  // On a phone-sized canvas the fit stops where labels would shrink below LEGIBLE_LABEL_PX.
  const floor = cy.width() < NARROW_CANVAS_PX ? LEGIBLE_LABEL_PX / NODE_LOOK.fontSize : 0;
  cy.viewport(fitPositions(nodes.map((node) => node.position()), cy.width(), cy.height(), FIT_PADDING + 30, 1.6, floor));
}

function shownElements(cy: Core): CollectionReturnValue {
  return cy.elements().filter((ele) => {
    if (ele.hasClass(PAIR_CLASS)) return ele.hasClass(VIEW_CLASSES.pairShown);
    return !ele.hasClass(VIEW_CLASSES.offYear) && !ele.hasClass(VIEW_CLASSES.filteredOut) && !ele.hasClass(VIEW_CLASSES.isolated) && !ele.hasClass(VIEW_CLASSES.inPairLine);
  });
}
