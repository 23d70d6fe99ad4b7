import type { Triad, YearComparison } from "../analysis";
import { filtersKey, type RelationFilters, type RelationPredicate, relationPredicate } from "../filters";
import type { AllianceModel } from "../graph";
import { holdsIn } from "../time/attestation-periods";
import type { ChangeKind } from "./analysis-encodings";
import { edgeElementId, nodeElementId } from "./elements";
import type { Mark } from "./mark";

// The members of the marks that take more than a lookup. Each costs what it marks (an actor's
// relations, a comparison), except the filter mark, which is computed once per filter setting.

const predicates = new Map<string, RelationPredicate>();

function predicateOf(filters: RelationFilters): RelationPredicate {
  const key = filtersKey(filters);
  let predicate = predicates.get(key);
  if (predicate === undefined) predicates.set(key, (predicate = relationPredicate(filters)));
  return predicate;
}

/** The actor, its relations shown in the year, and their other ends: what stays unfaded. */
export function neighbourhood(model: AllianceModel, actorId: string, year: number, filters: RelationFilters, month: number | null = null): Set<string> {
  const members = new Set<string>([nodeElementId(actorId)]);
  if (!model.graph.hasNode(actorId)) return members;
  const passes = predicateOf(filters);
  for (const edge of model.graph.edges(actorId)) {
    const { relation, attestation } = model.graph.getEdgeAttributes(edge);
    if (!holdsIn(attestation, { year, month }) || !passes(relation)) continue;
    members.add(edgeElementId(relation.id));
    members.add(nodeElementId(relation.source));
    members.add(nodeElementId(relation.target));
  }
  return members;
}

const filterMarks = new WeakMap<AllianceModel, Map<string, Mark | null>>();

/** Relations the filters reject in any year; null when the filters let everything through. */
export function filteredOut(model: AllianceModel, filters: RelationFilters): Mark | null {
  let cache = filterMarks.get(model);
  if (cache === undefined) filterMarks.set(model, (cache = new Map()));
  const key = filtersKey(filters);
  if (cache.has(key)) return cache.get(key) ?? null;
  const passes = predicateOf(filters);
  const mark: Mark | null = passes.passesAll
    ? null
    : { kind: "ids", ids: new Set(model.dataset.relations.filter((relation) => !passes(relation)).map((relation) => edgeElementId(relation.id))) };
  cache.set(key, mark);
  return mark;
}

/** A comparison's relations of one kind (or all kinds) that the filters let through. */
export function changedRelations(model: AllianceModel, comparison: YearComparison, filters: RelationFilters, kind: ChangeKind | "all"): string[] {
  const passes = predicateOf(filters);
  const ids = kind === "all" ? [...comparison.formed, ...comparison.ended, ...comparison.held] : comparison[kind];
  return passes.passesAll ? ids : ids.filter((id) => passes(model.graph.getEdgeAttribute(id, "relation")));
}

/** A triad's three actors and the relations that make up its signed ties. */
export function triadMembers(triad: Triad): Set<string> {
  return new Set([...triad.actors.map(nodeElementId), ...triad.pairs.flatMap((pair) => [...pair.positive, ...pair.negative]).map(edgeElementId)]);
}
