import { filtersKey, relationPredicate, type RelationFilters, type RelationPredicate } from "../filters";
import { changeBetween, type AllianceModel } from "../graph";
import { snapshotOf } from "../snapshot";
import { spanContains } from "../time";

/** How many shown relations each actor has in `year`, and the present actors with none. */
interface LinkCursor {
  year: number;
  passes: RelationPredicate;
  degree: Map<string, number>;
  isolated: Set<string>;
  /** `isolated` as a list, made once per year (the count and the mark both read it). */
  list: readonly string[] | null;
}

const cursors = new WeakMap<AllianceModel, Map<string, LinkCursor>>();

/**
 * The year's actors with no relation shown (after the filters): an empty node tells nothing and
 * crowds the map. The selected actor always stays, so a search result is never hidden. One cursor
 * per model and filters walks from year to year by what the time index says changes, so a year
 * step costs what changes, not the year's thousands of relations.
 */
export function isolatedActors(model: AllianceModel, year: number, filters: RelationFilters, selection: { kind: string; id: string } | null, month: number | null = null): readonly string[] {
  const isolated = month === null ? isolatedIn(model, year, filters) : isolatedInMonth(model, year, month, filters);
  return selection?.kind === "actor" && isolated.includes(selection.id) ? isolated.filter((id) => id !== selection.id) : isolated;
}

const MAX_CACHED = 64;
const lists = new WeakMap<AllianceModel, Map<string, readonly string[]>>();

// A year seen recently is answered from its list (scrubbing back and forth walks nothing); a new
// one moves the cursor. The same list comes back each time, so what is drawn from it can be cached too.
function isolatedIn(model: AllianceModel, year: number, filters: RelationFilters): readonly string[] {
  let cache = lists.get(model);
  if (cache === undefined) lists.set(model, (cache = new Map()));
  const key = `${year}|${filtersKey(filters)}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const cursor = cursorAt(model, year, filters);
  cursor.list ??= [...cursor.isolated];
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(key, cursor.list);
  return cursor.list;
}

function cursorAt(model: AllianceModel, year: number, filters: RelationFilters): LinkCursor {
  let byFilters = cursors.get(model);
  if (byFilters === undefined) cursors.set(model, (byFilters = new Map()));
  const key = filtersKey(filters);
  const cursor = byFilters.get(key);
  if (cursor === undefined) {
    const fresh = freshCursor(model, year, filters);
    byFilters.set(key, fresh);
    return fresh;
  }
  if (cursor.year !== year) move(model, cursor, year);
  return cursor;
}

const endpointsByModel = new WeakMap<AllianceModel, Map<string, readonly [string, string]>>();

/** Each relation's two actors, looked up once per model: the walk visits them on every step. */
function endpointsOf(model: AllianceModel): Map<string, readonly [string, string]> {
  let endpoints = endpointsByModel.get(model);
  if (endpoints === undefined) {
    endpoints = new Map();
    for (const relation of model.dataset.relations) endpoints.set(relation.id, [relation.source, relation.target]);
    endpointsByModel.set(model, endpoints);
  }
  return endpoints;
}

const monthLists = new WeakMap<object, readonly string[]>();

// A month is read from its own (cached) snapshot: month mode is chosen, and a month holds a year's share.
function isolatedInMonth(model: AllianceModel, year: number, month: number, filters: RelationFilters): readonly string[] {
  const snapshot = snapshotOf(model, { year, month, filters });
  let list = monthLists.get(snapshot);
  if (list === undefined) monthLists.set(snapshot, (list = [...freshCursor(model, year, filters, snapshot).isolated]));
  return list;
}

function freshCursor(model: AllianceModel, year: number, filters: RelationFilters, snapshot = snapshotOf(model, { year, filters })): LinkCursor {
  const endpoints = endpointsOf(model);
  const degree = new Map<string, number>();
  for (const id of snapshot.relationIds) for (const end of endpoints.get(id) ?? []) degree.set(end, (degree.get(end) ?? 0) + 1);
  const isolated = new Set(snapshot.actorIds.filter((id) => (degree.get(id) ?? 0) === 0));
  return { year, passes: relationPredicate(filters), degree, isolated, list: null };
}

function move(model: AllianceModel, cursor: LinkCursor, to: number): void {
  const { degree, isolated, passes } = cursor;
  const endpoints = endpointsOf(model);
  const isPresent = (id: string) => spanContains(model.graph.getNodeAttribute(id, "years"), to);
  const relations = changeBetween(model.relationIndex, cursor.year, to);
  // An actor's membership changes only when its degree reaches or leaves zero, or its presence changes.
  for (const [ids, delta] of [[relations.removed, -1], [relations.added, 1]] as const) {
    for (const id of ids) {
      if (!passes.passesAll && !passes(model.graph.getEdgeAttribute(id, "relation"))) continue;
      for (const end of endpoints.get(id) ?? []) {
        const count = (degree.get(end) ?? 0) + delta;
        degree.set(end, count);
        if (count === 0 && isPresent(end)) isolated.add(end);
        else if (count === 1 && delta === 1) isolated.delete(end);
      }
    }
  }
  const actors = changeBetween(model.actorIndex, cursor.year, to);
  for (const id of actors.removed) isolated.delete(id);
  for (const id of actors.added) if ((degree.get(id) ?? 0) === 0) isolated.add(id);
  cursor.year = to;
  cursor.list = null;
}
