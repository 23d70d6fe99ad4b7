import { MultiGraph } from "graphology";
import type { Actor, Dataset, Relation } from "../schema";
import { relationTypeInfo } from "../vocabulary/vocabulary";
import type { YearSpan } from "../time/year-span";
import type { Attestation } from "../time/attestation";
import { attestedYears, presenceYears } from "../time/attestation-periods";

export interface ActorNode {
  actor: Actor;
  /** Years the actor is on the map: its lifespan, widened to cover its relations, within the data's years. */
  years: YearSpan;
}

export interface RelationEdge {
  relation: Relation;
  /** Years on the map: attested, then continuing unattested (see attestation). */
  years: YearSpan;
  /** Years a source attests it; after these, up to `years.to`, it is an unattested continuation. */
  attestedYears: YearSpan;
  attestation: Attestation;
  /** Ids of the disputes this relation is a side of. */
  disputes: string[];
}

export type AllianceGraph = MultiGraph<ActorNode, RelationEdge>;

/**
 * A mixed multigraph: one node per actor, one edge per relation keyed by its id (directed for
 * directed types), so several relations between one pair coexist, as Iran and the Taliban's do.
 */
export function buildGraph(
  dataset: Pick<Dataset, "actors" | "relations">,
  actorYears: ReadonlyMap<string, YearSpan>,
  attestations: ReadonlyMap<string, Attestation>,
  disputesByRelation: ReadonlyMap<string, string[]>,
): AllianceGraph {
  const graph: AllianceGraph = new MultiGraph<ActorNode, RelationEdge>();
  for (const actor of dataset.actors) {
    graph.addNode(actor.id, { actor, years: mustGet(actorYears, actor.id) });
  }
  for (const relation of dataset.relations) {
    const attestation = mustGet(attestations, relation.id);
    const attributes: RelationEdge = { relation, years: presenceYears(attestation), attestedYears: attestedYears(attestation), attestation, disputes: disputesByRelation.get(relation.id) ?? [] };
    if (relationTypeInfo(relation.type).directed) graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
    else graph.addUndirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
  }
  return graph;
}

function mustGet<T>(map: ReadonlyMap<string, T>, id: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`build-graph: no years computed for "${id}"`);
  return value;
}
