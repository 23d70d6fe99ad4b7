"use client";

import type { CollectionReturnValue, Core, LayoutOptions } from "cytoscape";
import { useEffect } from "react";
import { fitPositions, VIEW_CLASSES } from "@/lib/graph-view";

const FIT_PADDING = 40;

// Instances already laid out: React's development double-run of effects must not lay out twice.
const laidOut = new WeakSet<Core>();

function fcoseOptions(animate: boolean): LayoutOptions {
  // randomize: false starts from the elements' seeded circle, which makes the first layout
  // repeatable (fcose's spectral start would draw random numbers); "proof" is required then.
  return {
    name: "fcose",
    quality: "proof",
    randomize: false,
    animate,
    animationDuration: 600,
    fit: animate,
    padding: FIT_PADDING,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 120,
    nodeRepulsion: () => 15000,
    nodeSeparation: 90,
    packComponents: false,
    initialEnergyOnIncremental: 1,
    numIter: 5000,
    // Strong, short-range gravity keeps small components (a pair linked only in other years) from
    // drifting to the edge, where framing them would shrink everything else.
    gravity: 3,
    gravityRange: 1,
  } as LayoutOptions;
}

/**
 * Lays out every actor of every year once per instance, so an actor keeps its place as the year
 * changes, then frames what the opening year shows. A rearrange request (a button) lays out only what the
 * current year shows; a fit request frames it. Neither ever runs on a year change.
 */
export function LayoutController({ cy, rearrangeRequest, fitRequest }: { cy: Core | null; rearrangeRequest: number; fitRequest: number }) {
  useEffect(() => {
    if (cy === null) return;
    cy.resize();
    // Over every element, before the year hides any: hidden nodes would count as label-less and
    // the layout would then depend on the year the page opened at.
    if (!laidOut.has(cy)) layoutElements(cy, cy.elements()).layout(fcoseOptions(false)).run();
    laidOut.add(cy);
    // The year and filter controllers hide elements after this effect, in the same commit; frame what they leave.
    const frame = window.requestAnimationFrame(() => frameShown(cy));
    return () => window.cancelAnimationFrame(frame);
  }, [cy]);

  useEffect(() => {
    if (cy === null || rearrangeRequest === 0) return;
    layoutElements(cy, shownElements(cy)).layout(fcoseOptions(true)).run();
  }, [cy, rearrangeRequest]);

  useEffect(() => {
    if (cy === null || fitRequest === 0) return;
    cy.animate({ fit: { eles: shownElements(cy), padding: FIT_PADDING }, duration: 300 });
  }, [cy, fitRequest]);
  return null;
}

/** Frames the nodes shown now from their positions (not from rendered boxes, which lag a class change). */
function frameShown(cy: Core): void {
  const shown = shownElements(cy).nodes();
  const nodes = shown.empty() ? cy.nodes() : shown;
  cy.viewport(fitPositions(nodes.map((node) => node.position()), cy.width(), cy.height(), FIT_PADDING + 30));
}

/**
 * The nodes and one edge per linked pair: each of a pair's many relations (Iran and the Taliban
 * have a dozen) would otherwise be a spring of its own, crushing the busiest pairs together.
 */
function layoutElements(cy: Core, elements: CollectionReturnValue): CollectionReturnValue {
  const seen = new Set<string>();
  const edges = elements.edges().filter((edge) => {
    const pair = [edge.source().id(), edge.target().id()].sort().join("\u0000");
    if (seen.has(pair)) return false;
    seen.add(pair);
    return true;
  });
  return cy.collection().union(elements.nodes()).union(edges);
}

function shownElements(cy: Core) {
  return cy.elements().filter((ele) => !ele.hasClass(VIEW_CLASSES.offYear) && !ele.hasClass(VIEW_CLASSES.filteredOut));
}
