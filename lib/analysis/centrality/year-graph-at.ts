import { UndirectedGraph } from "graphology";
import type { AllianceModel } from "../../graph/alliance-model";
import { everyRelationIn, snapshotOf } from "../../snapshot";
import { COUNT_UNATTESTED_BY_DEFAULT, countedRelationsIn } from "../shared/counted-relations";

/**
 * Who deals with whom in one year, whatever the relation's sign: one undirected edge per pair
 * with any active relation (friendly, neutral or hostile), weighted by how many. Every actor on
 * the map that year is a node, so an actor without relations reads as 0, not as absent.
 */
export function yearGraphAt(model: Pick<AllianceModel, "graph" | "relationIndex" | "actorIndex">, year: number, countUnattested = COUNT_UNATTESTED_BY_DEFAULT): UndirectedGraph<Record<string, never>, { weight: number }> {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const id of snapshotOf(model, everyRelationIn(year)).actorIds) graph.addNode(id);
  for (const id of countedRelationsIn(model, year, countUnattested)) {
    const source = model.graph.source(id);
    const target = model.graph.target(id);
    if (source === target) continue;
    graph.mergeNode(source);
    graph.mergeNode(target);
    if (graph.hasEdge(source, target)) graph.updateEdgeAttribute(source, target, "weight", (weight) => (weight ?? 0) + 1);
    else graph.addEdge(source, target, { weight: 1 });
  }
  return graph;
}
