import type { AllianceModel } from "../graph/alliance-model";
import type { Actor, Dispute, Relation, Source } from "../schema";

// Lookups by id that say "not found" with null, so a stale id from a URL renders a message, not a crash.

export function findRelation(model: AllianceModel, relationId: string): Relation | null {
  return model.graph.hasEdge(relationId) ? model.graph.getEdgeAttribute(relationId, "relation") : null;
}

export function findActor(model: AllianceModel, actorId: string): Actor | null {
  return model.graph.hasNode(actorId) ? model.graph.getNodeAttribute(actorId, "actor") : null;
}

export function findSource(model: AllianceModel, sourceId: string): Source | null {
  return model.dataset.sources.find((source) => source.id === sourceId) ?? null;
}

export function findDispute(model: AllianceModel, disputeId: string): Dispute | null {
  return model.dataset.disputes.find((dispute) => dispute.id === disputeId) ?? null;
}

/** The actor's name, or its id when the model lacks it (the validator makes that impossible for real data). */
export function actorName(model: AllianceModel, actorId: string): string {
  return model.graph.hasNode(actorId) ? model.graph.getNodeAttribute(actorId, "actor").name : actorId;
}

/** Ids of the disputes a relation is a side of. */
export function relationDisputeIds(model: AllianceModel, relationId: string): string[] {
  return model.graph.hasEdge(relationId) ? model.graph.getEdgeAttribute(relationId, "disputes") : [];
}
