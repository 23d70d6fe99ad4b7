import type { AllianceModel } from "../graph/alliance-model";
import { presentAt } from "../graph/time-index";
import { type RelationFilters, relationPredicate } from "../filters";
import type { Actor, Dataset, Dispute, Relation, SnapshotScope, Source } from "../schema";
import type { YearSpan } from "../time/year-span";

/** What an export is cut from: one year (or null for every year) and the filters in force. */
export interface ExportScope {
  year: number | null;
  filters: RelationFilters;
}

/** The dataset restricted to a scope, with the years each record is on the map. */
export interface ExportSnapshot extends Dataset {
  scope: ExportScope;
  actorYears: (id: string) => YearSpan;
  relationYears: (id: string) => YearSpan;
  /** Ids of disputes each relation is a side of (only disputes wholly inside the snapshot). */
  relationDisputes: (id: string) => string[];
}

/**
 * The actors shown (filters hide relations, never actors), the relations shown with all their
 * claims, the sources those claims cite and the disputes whose every side is shown.
 */
export function exportSnapshot(model: AllianceModel, scope: ExportScope): ExportSnapshot {
  const { graph, dataset } = model;
  const passes = relationPredicate(scope.filters);
  const relationIds = scope.year === null ? dataset.relations.map((r) => r.id) : presentAt(model.relationIndex, scope.year);
  const relations: Relation[] = relationIds.map((id) => graph.getEdgeAttribute(id, "relation")).filter((relation) => passes(relation));
  const actorIds = scope.year === null ? dataset.actors.map((a) => a.id) : presentAt(model.actorIndex, scope.year);
  const actors: Actor[] = actorIds.map((id) => graph.getNodeAttribute(id, "actor"));

  const shown = new Set(relations.map((r) => r.id));
  const cited = new Set(relations.flatMap((r) => r.claims.map((c) => c.source)));
  const sources: Source[] = dataset.sources.filter((s) => cited.has(s.id));
  const disputes: Dispute[] = dataset.disputes.filter((d) => d.sides.every((side) => shown.has(side.relation)));
  const disputeIds = new Set(disputes.map((d) => d.id));
  const unverified = new Set(dataset.unverifiedSources);

  return {
    scope,
    actors,
    sources,
    relations,
    disputes,
    unverifiedSources: sources.filter((s) => unverified.has(s.id)).map((s) => s.id),
    actorYears: (id) => graph.getNodeAttribute(id, "years"),
    relationYears: (id) => graph.getEdgeAttribute(id, "years"),
    relationDisputes: (id) => graph.getEdgeAttribute(id, "disputes").filter((d) => disputeIds.has(d)),
  };
}

export function snapshotScopeOf(scope: ExportScope): SnapshotScope {
  return { year: scope.year, types: [...scope.filters.types], evidence: [...scope.filters.evidence], source: scope.filters.source };
}
