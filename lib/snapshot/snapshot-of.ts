import { defaultFilters, filtersKey, relationPredicate, type RelationFilters } from "../filters";
import type { AllianceModel } from "../graph";
import { presentAt } from "../graph/time-index";

/** What a view is cut from: one year (null: every year at once) and the filters in force. */
export interface SnapshotScope {
  year: number | null;
  filters: RelationFilters;
}

/**
 * What one year shows under its filters: the one cut every feature reads (the map, the table,
 * the panels' counts, the analyses, the exports, the API). Lists are shared and must not be changed.
 */
export interface Snapshot {
  scope: SnapshotScope;
  /** Actors on the map: filters hide relations, never actors. */
  actorIds: readonly string[];
  /** Relations active in the year, before the filters. */
  presentRelationIds: readonly string[];
  /** Relations shown: active and passing the filters. */
  relationIds: readonly string[];
}

const MAX_CACHED = 64;

/** The scope of the analyses, which read every relation of a year whatever the map's filters. */
export function everyRelationIn(year: number): SnapshotScope {
  return { year, filters: EVERY_RELATION };
}
const EVERY_RELATION = defaultFilters();
/** What a snapshot needs of the model: its graph and its two time indexes. */
export type SnapshotModel = Pick<AllianceModel, "graph" | "actorIndex" | "relationIndex">;

const caches = new WeakMap<SnapshotModel, Map<string, Snapshot>>();

/**
 * The snapshot of a scope. Its cost follows what the year holds (the time index's year buckets),
 * never the whole dataset, and a scope seen recently is returned as is: stepping back costs nothing.
 */
export function snapshotOf(model: SnapshotModel, scope: SnapshotScope): Snapshot {
  let cache = caches.get(model);
  if (cache === undefined) caches.set(model, (cache = new Map()));
  const key = `${scope.year ?? "all"}|${filtersKey(scope.filters)}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;

  const actorIds = scope.year === null ? model.graph.nodes() : presentAt(model.actorIndex, scope.year);
  const presentRelationIds = scope.year === null ? model.graph.edges() : presentAt(model.relationIndex, scope.year);
  const passes = relationPredicate(scope.filters);
  const relationIds = passes.passesAll ? presentRelationIds : presentRelationIds.filter((id) => passes(model.graph.getEdgeAttribute(id, "relation")));
  const snapshot: Snapshot = { scope, actorIds, presentRelationIds, relationIds };

  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(key, snapshot);
  return snapshot;
}
