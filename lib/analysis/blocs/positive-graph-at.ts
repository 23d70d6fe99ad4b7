import type { MomentLike } from "../../time/moment";
import { UndirectedGraph } from "graphology";
import type { AllianceModel } from "../../graph/alliance-model";
import { signedPairsAt, type SignOptions } from "../balance/signed-pairs";

/**
 * The friendly ties of one year as a simple undirected graph: an edge for each pair whose
 * signed relations that year are all friendly, weighted by how many there are. Contested
 * pairs (friendly and hostile at once) are left out: being at war and allied is not a bloc.
 */
export function positiveGraphAt(model: Pick<AllianceModel, "graph" | "relationIndex" | "actorIndex">, at: MomentLike, options: SignOptions = {}): UndirectedGraph<Record<string, never>, { weight: number }> {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const pair of signedPairsAt(model, at, options).values()) {
    if (pair.sign !== 1) continue;
    const [a, b] = pair.actors;
    graph.mergeNode(a);
    graph.mergeNode(b);
    graph.addEdge(a, b, { weight: pair.positive.length });
  }
  return graph;
}
