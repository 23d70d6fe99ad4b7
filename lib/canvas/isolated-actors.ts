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
export function isolatedActors(model: AllianceModel, year: number, filters: RelationFilters, selection: { kind: string; id: string } | null): readonly string[] {
  const cursor = cursorAt(model, year, filters);
  cursor.list ??= [...cursor.isolated];
  const isolated = cursor.list;
  return selection?.kind === "actor" && cursor.isolated.has(selection.id) ? isolated.filter((id) => id !== selection.id) : isolated;
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

function freshCursor(model: AllianceModel, year: number, filters: RelationFilters): LinkCursor {
  const snapshot = snapshotOf(model, { year, filters });
  const degree = new Map<string, number>();
  for (const id of snapshot.relationIds) for (const end of model.graph.extremities(id)) degree.set(end, (degree.get(end) ?? 0) + 1);
  const isolated = new Set(snapshot.actorIds.filter((id) => (degree.get(id) ?? 0) === 0));
  return { year, passes: relationPredicate(filters), degree, isolated, list: null };
}

function move(model: AllianceModel, cursor: LinkCursor, to: number): void {
  const touched = new Set<string>();
  const relations = changeBetween(model.relationIndex, cursor.year, to);
  for (const [ids, delta] of [[relations.removed, -1], [relations.added, 1]] as const) {
    for (const id of ids) {
      if (!cursor.passes.passesAll && !cursor.passes(model.graph.getEdgeAttribute(id, "relation"))) continue;
      for (const end of model.graph.extremities(id)) {
        cursor.degree.set(end, (cursor.degree.get(end) ?? 0) + delta);
        touched.add(end);
      }
    }
  }
  const actors = changeBetween(model.actorIndex, cursor.year, to);
  for (const id of [...actors.added, ...actors.removed]) touched.add(id);
  for (const id of touched) {
    const present = spanContains(model.graph.getNodeAttribute(id, "years"), to);
    if (present && (cursor.degree.get(id) ?? 0) === 0) cursor.isolated.add(id);
    else cursor.isolated.delete(id);
  }
  cursor.year = to;
  cursor.list = null;
}
