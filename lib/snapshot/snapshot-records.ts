import type { AllianceModel } from "../graph";
import type { Actor, Dispute, Relation, Source } from "../schema";
import type { Snapshot } from "./snapshot-of";

/** The records behind a snapshot, for the views and writers that need more than ids. */
export interface SnapshotRecords {
  actors: Actor[];
  relations: Relation[];
  /** Sources cited by the relations shown. */
  sources: Source[];
  /** Disputes whose every side is shown: half a dispute would misstate it. */
  disputes: Dispute[];
}

export function actorsOf(model: AllianceModel, snapshot: Snapshot): Actor[] {
  return snapshot.actorIds.map((id) => model.graph.getNodeAttribute(id, "actor"));
}

export function relationsOf(model: AllianceModel, snapshot: Snapshot): Relation[] {
  return snapshot.relationIds.map((id) => model.graph.getEdgeAttribute(id, "relation"));
}

export function snapshotRecords(model: AllianceModel, snapshot: Snapshot): SnapshotRecords {
  const relations = relationsOf(model, snapshot);
  const shown = new Set(snapshot.relationIds);
  const cited = new Set(relations.flatMap((r) => r.claims.map((c) => c.source)));
  return {
    actors: actorsOf(model, snapshot),
    relations,
    sources: model.dataset.sources.filter((s) => cited.has(s.id)),
    disputes: model.dataset.disputes.filter((d) => d.sides.every((side) => shown.has(side.relation))),
  };
}
