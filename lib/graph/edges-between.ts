import type { AllianceGraph } from "./build-graph";

/** Every relation between two actors, either way, each once (graphology lists an undirected edge from both ends). */
export function edgesBetween(graph: AllianceGraph, a: string, b: string): string[] {
  if (!graph.hasNode(a) || !graph.hasNode(b)) return [];
  return [...new Set([...graph.edges(a, b), ...graph.edges(b, a)])];
}
