import type { AbstractGraph } from "graphology-types";
import louvain from "graphology-communities-louvain";
import seedrandom from "seedrandom";

export const BLOC_SEED = "allegiances";

/**
 * Louvain communities of a friendly-ties graph, as lists of actor ids. The random number
 * generator is seeded afresh on every call, so the same graph always gives the same blocs.
 * Blocs of one actor say nothing and are dropped. Each bloc is sorted; blocs by size, then first id.
 */
export function detectBlocs(graph: AbstractGraph, seed: string = BLOC_SEED): string[][] {
  // Louvain needs at least one edge to optimise anything.
  if (graph.size === 0) return [];
  const communities = louvain(graph, { rng: seedrandom(seed), getEdgeWeight: "weight" });
  const members = new Map<number, string[]>();
  for (const node of graph.nodes()) {
    const community = communities[node];
    if (community === undefined) continue;
    const list = members.get(community) ?? [];
    list.push(node);
    members.set(community, list);
  }
  return [...members.values()]
    .filter((list) => list.length >= 2)
    .map((list) => list.sort(compareIds))
    .sort((a, b) => b.length - a.length || compareIds(a[0] ?? "", b[0] ?? ""));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
