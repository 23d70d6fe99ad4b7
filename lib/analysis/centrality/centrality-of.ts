import type { AbstractGraph } from "graphology-types";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";

/** How central one actor is in one year's graph. */
export interface Centrality {
  /** Counterparts: how many other actors it has any relation with. */
  degree: number;
  /**
   * On how many pairs' shortest paths it lies (a pair with k shortest paths counts 1/k for each):
   * the go-between score. Unweighted: a tie is a tie, however many relations make it.
   */
  betweenness: number;
}

/** Degree and betweenness of every node of a simple undirected graph. */
export function centralityOf(graph: AbstractGraph): Map<string, Centrality> {
  // graphology's Brandes implementation throws on an empty graph (a year outside the data).
  if (graph.order === 0) return new Map();
  // Not normalised, so the number reads as a count of pairs (a star's hub with 3 leaves: 3).
  const betweenness = betweennessCentrality(graph, { normalized: false, getEdgeWeight: null });
  const result = new Map<string, Centrality>();
  for (const node of graph.nodes()) result.set(node, { degree: graph.degree(node), betweenness: betweenness[node] ?? 0 });
  return result;
}
