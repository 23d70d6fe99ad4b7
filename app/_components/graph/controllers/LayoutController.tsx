"use client";

import type { CollectionReturnValue, Core, LayoutOptions } from "cytoscape";
import { useEffect } from "react";
import { fitPositions, VIEW_CLASSES } from "@/lib/canvas";
import { perfCounters, recordFirstDrawn } from "../perf";

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
 * changes; called by CanvasSync on a fresh instance before any mark hides an element. Then
 * frames what the opening year shows, once the marks are applied.
 */
export function layoutFreshCanvas(cy: Core): void {
  cy.resize();
  // Over every element, before the year hides any: hidden nodes would count as label-less and
  // the layout would then depend on the year the page opened at.
  if (!laidOut.has(cy)) runFirstLayout(cy);
  laidOut.add(cy);
  window.requestAnimationFrame(() => {
    frameShown(cy);
    // The next frame Cytoscape draws is the first laid-out, framed graph of the year shown.
    cy.one("render", recordFirstDrawn);
  });
}

/** A rearrange request (a button) lays out only what the year shows; a fit request frames it. Neither runs on a year change. */
export function ViewportController({ cy, rearrangeRequest, fitRequest }: { cy: Core | null; rearrangeRequest: number; fitRequest: number }) {
  useEffect(() => {
    if (cy === null || rearrangeRequest === 0) return;
    const elements = layoutElements(cy, shownElements(cy));
    if (isBig(elements)) withSeededRandom(() => elements.layout({ ...draftOptions(), fit: true, padding: FIT_PADDING } as LayoutOptions).run());
    else elements.layout(fcoseOptions(true)).run();
  }, [cy, rearrangeRequest]);

  useEffect(() => {
    if (cy === null || fitRequest === 0) return;
    cy.animate({ fit: { eles: shownElements(cy), padding: FIT_PADDING }, duration: 300 });
  }, [cy, fitRequest]);
  return null;
}

/**
 * Past this many actors or linked pairs, fcose's force-directed passes stop being affordable on
 * page load (measured headless on 2 cores: 500 actors / 3,600 pairs took 3.5 s in "default"
 * quality and 23 s in "proof"; 2,000 / 15,000 did not finish in 500 s), so big graphs get the
 * spectral ("draft") layout alone: 0.4 s and 2.7 s for those two.
 */
export const BIG_LAYOUT = { nodes: 300, pairs: 2500 } as const;

function isBig(elements: CollectionReturnValue): boolean {
  return elements.nodes().length > BIG_LAYOUT.nodes || elements.edges().length > BIG_LAYOUT.pairs;
}

function runFirstLayout(cy: Core): void {
  const elements = layoutElements(cy, cy.elements());
  const big = isBig(elements);
  const started = performance.now();
  if (big) withSeededRandom(() => elements.layout(draftOptions()).run());
  else elements.layout(fcoseOptions(false)).run();
  const perf = perfCounters();
  perf.layoutMs = performance.now() - started;
  perf.layoutMode = big ? "fcose draft (spectral)" : "fcose proof";
}

function draftOptions(): LayoutOptions {
  return {
    name: "fcose",
    quality: "draft",
    // The spectral layout samples nodes at random: seeded (below), so it is repeatable.
    randomize: true,
    animate: false,
    fit: false,
    packComponents: false,
    nodeDimensionsIncludeLabels: false,
    idealEdgeLength: () => 120,
    nodeRepulsion: () => 15000,
    nodeSeparation: 90,
  } as LayoutOptions;
}

/** Runs `fn` with Math.random replaced by a fixed-seed generator (mulberry32), then restores it. */
function withSeededRandom(fn: () => void): void {
  const original = Math.random;
  let state = 0x9e3779b9;
  Math.random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    fn();
  } finally {
    Math.random = original;
  }
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
