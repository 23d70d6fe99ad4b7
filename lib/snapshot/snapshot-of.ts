import { defaultFilters, filtersKey, relationPredicate, type RelationFilters } from "../filters";
import type { AllianceModel } from "../graph";
import { presentAt } from "../graph/time-index";
import { aliveIn } from "../time/alive-in";
import { statusIn } from "../time/attestation-periods";
import { periodOf } from "../time/moment";

/**
 * What a view is cut from: one year (null: every year at once), optionally one month of it (1–12),
 * and the filters in force.
 */
export interface SnapshotScope {
  year: number | null;
  /** Absent or null: the whole year. A year-precise relation counts in every month of its year. */
  month?: number | null;
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
  /**
   * Of the relations present, those present only as an unattested continuation: no source attests
   * them in the year, and no source has ended them (lib/time/attestation).
   */
  unattestedIds: ReadonlySet<string>;
  /** Relations shown that a source attests in the year: relationIds without the continuations. */
  attestedRelationIds: readonly string[];
}

const MAX_CACHED = 64;

/** The scope of the analyses, which read every relation of a year whatever the map's filters. */
export function everyRelationIn(year: number, month: number | null = null): SnapshotScope {
  return month === null ? { year, filters: EVERY_RELATION } : { year, month, filters: EVERY_RELATION };
}
const EVERY_RELATION = defaultFilters();
/** What a snapshot needs of the model: its graph and its two time indexes. */
export type SnapshotModel = Pick<AllianceModel, "graph" | "actorIndex" | "relationIndex">;

const NO_IDS: ReadonlySet<string> = new Set();

// Presence is attested years then continuation, so a year past the attested ones is a continuation.
function unattestedIn(model: SnapshotModel, present: readonly string[], year: number): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const id of present) if (model.graph.getEdgeAttribute(id, "attestedYears").to < year) ids.add(id);
  return ids.size === 0 ? NO_IDS : ids;
}

interface Presence {
  actorIds: readonly string[];
  relationIds: readonly string[];
  unattestedIds: ReadonlySet<string>;
}

function presentIn(model: SnapshotModel, year: number, month: number | null): Presence {
  const actorIds = presentAt(model.actorIndex, year);
  const relationIds = presentAt(model.relationIndex, year);
  if (month === null) return { actorIds, relationIds, unattestedIds: unattestedIn(model, relationIds, year) };
  return monthOf(model, { actorIds, relationIds }, periodOf({ year, month }));
}

/**
 * A month cut from its year's buckets: a relation holds in the month when one of its attested or
 * continuing days does; an actor when it is alive then, or one of the month's relations needs it.
 */
function monthOf(model: SnapshotModel, year: Pick<Presence, "actorIds" | "relationIds">, period: string): Presence {
  const relationIds: string[] = [];
  const unattested = new Set<string>();
  const needed = new Set<string>();
  for (const id of year.relationIds) {
    const status = statusIn(model.graph.getEdgeAttribute(id, "attestation"), period);
    if (status === null) continue;
    relationIds.push(id);
    if (status === "unattested") unattested.add(id);
    needed.add(model.graph.source(id));
    needed.add(model.graph.target(id));
  }
  const actorIds = year.actorIds.filter((id) => needed.has(id) || aliveIn(model.graph.getNodeAttribute(id, "actor"), period));
  return { actorIds, relationIds, unattestedIds: unattested.size === 0 ? NO_IDS : unattested };
}

const caches = new WeakMap<SnapshotModel, Map<string, Snapshot>>();

/**
 * The snapshot of a scope. Its cost follows what the year holds (the time index's year buckets),
 * never the whole dataset, and a scope seen recently is returned as is: stepping back costs nothing.
 */
export function snapshotOf(model: SnapshotModel, scope: SnapshotScope): Snapshot {
  let cache = caches.get(model);
  if (cache === undefined) caches.set(model, (cache = new Map()));
  const month = scope.year === null ? null : (scope.month ?? null);
  const key = `${scope.year ?? "all"}${month === null ? "" : `-${month}`}|${filtersKey(scope.filters)}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;

  const present = scope.year === null ? { actorIds: model.graph.nodes(), relationIds: model.graph.edges(), unattestedIds: NO_IDS } : presentIn(model, scope.year, month);
  const { actorIds, relationIds: presentRelationIds, unattestedIds } = present;
  const passes = relationPredicate(scope.filters);
  const relationIds = passes.passesAll ? presentRelationIds : presentRelationIds.filter((id) => passes(model.graph.getEdgeAttribute(id, "relation")));
  const attestedRelationIds = unattestedIds.size === 0 ? relationIds : relationIds.filter((id) => !unattestedIds.has(id));
  const snapshot: Snapshot = { scope, actorIds, presentRelationIds, relationIds, unattestedIds, attestedRelationIds };

  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(key, snapshot);
  return snapshot;
}
