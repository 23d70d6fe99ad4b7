import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { FORCE_ATLAS_OPTIONS } from "../layout-options";
import { type LayoutEdge, oneEdgePerPair } from "../one-edge-per-pair";

export interface Point {
  x: number;
  y: number;
}

/**
 * Positions for a graph too big for fcose: seeded random starting points, then ForceAtlas2 (which
 * draws no random numbers), so the same graph and seed always give the same picture.
 */
export function bigGraphPositions(nodes: readonly string[], edges: readonly LayoutEdge[], random: () => number): Map<string, Point> {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const { scale } = FORCE_ATLAS_OPTIONS;
  for (const id of nodes) graph.addNode(id, { x: (random() - 0.5) * scale, y: (random() - 0.5) * scale });
  for (const edge of oneEdgePerPair(edges)) {
    if (edge.source !== edge.target && graph.hasNode(edge.source) && graph.hasNode(edge.target)) graph.mergeEdge(edge.source, edge.target);
  }
  if (graph.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: FORCE_ATLAS_OPTIONS.barnesHutOptimize };
    forceAtlas2.assign(graph, { iterations: FORCE_ATLAS_OPTIONS.iterations, settings });
  }
  const positions = new Map<string, Point>();
  graph.forEachNode((id, attributes) => positions.set(id, { x: Math.round(attributes.x as number), y: Math.round(attributes.y as number) }));
  return positions;
}
