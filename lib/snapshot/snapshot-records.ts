import type { AllianceModel } from "../graph";
import type { Actor, Dispute, Relation, Source } from "../schema";
import type { YearSpan } from "../time";
import { noteAsPlainText } from "../vocabulary/source-label";
import { type Snapshot, snapshotOf, type SnapshotScope } from "./snapshot-of";

/**
 * The records behind a snapshot, for the views and writers that need more than ids: the actors
 * shown, the relations shown with all their claims, the sources those claims cite, and the
 * disputes whose every side is shown (half a dispute would misstate it).
 */
export interface SnapshotRecords {
  scope: SnapshotScope;
  actors: Actor[];
  relations: Relation[];
  sources: Source[];
  disputes: Dispute[];
  /** Of the sources shown, those whose quotes were not checked against a text. */
  unverifiedSources: string[];
  actorYears: (id: string) => YearSpan;
  relationYears: (id: string) => YearSpan;
  /** Ids of the disputes (wholly inside the snapshot) a relation is a side of. */
  relationDisputes: (id: string) => string[];
  /** A note or description with each {source:<id>} token as the source's short label, for exports. */
  plainText: (note: string) => string;
}

export function actorsOf(model: AllianceModel, snapshot: Snapshot): Actor[] {
  return snapshot.actorIds.map((id) => model.graph.getNodeAttribute(id, "actor"));
}

export function relationsOf(model: AllianceModel, snapshot: Snapshot): Relation[] {
  return snapshot.relationIds.map((id) => model.graph.getEdgeAttribute(id, "relation"));
}

export function snapshotRecords(model: AllianceModel, snapshot: Snapshot): SnapshotRecords {
  const { graph, dataset } = model;
  const relations = relationsOf(model, snapshot);
  const shown = new Set(snapshot.relationIds);
  const cited = new Set(relations.flatMap((r) => r.claims.map((c) => c.source)));
  const sources = dataset.sources.filter((s) => cited.has(s.id));
  const disputes = dataset.disputes.filter((d) => d.sides.every((side) => shown.has(side.relation)));
  const disputeIds = new Set(disputes.map((d) => d.id));
  const unverified = new Set(dataset.unverifiedSources);
  // Every source, not just the cited ones: a description may name a source no shown claim cites.
  const allSources = new Map(dataset.sources.map((s) => [s.id, s]));
  return {
    scope: snapshot.scope,
    actors: actorsOf(model, snapshot),
    relations,
    sources,
    disputes,
    unverifiedSources: sources.filter((s) => unverified.has(s.id)).map((s) => s.id),
    actorYears: (id) => graph.getNodeAttribute(id, "years"),
    relationYears: (id) => graph.getEdgeAttribute(id, "years"),
    relationDisputes: (id) => graph.getEdgeAttribute(id, "disputes").filter((d) => disputeIds.has(d)),
    plainText: (note) => noteAsPlainText(note, allSources),
  };
}

/** The records of a scope: snapshotOf, then snapshotRecords. */
export function snapshotRecordsOf(model: AllianceModel, scope: SnapshotScope): SnapshotRecords {
  return snapshotRecords(model, snapshotOf(model, scope));
}
