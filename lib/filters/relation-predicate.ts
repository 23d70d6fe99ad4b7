import type { Relation } from "../schema";
import { ALL_EVIDENCE, ALL_TYPES, type RelationFilters } from "./relation-filters";

/** A filter compiled to sets once per filter change, then applied to many relations. */
export interface RelationPredicate {
  (relation: Relation): boolean;
  /** True when the filters let everything through, so callers may skip a pass. */
  readonly passesAll: boolean;
}

/**
 * A relation passes when its type is on and at least one of its claims has an accepted
 * evidence kind and (when a source is chosen) comes from that source. Both tests hold for the
 * same claim, so "facts from source X" never passes on a fact from Y plus an opinion from X.
 */
export function relationPredicate(filters: RelationFilters): RelationPredicate {
  const types = new Set<string>(filters.types);
  const evidence = new Set<string>(filters.evidence);
  const source = filters.source;
  const test = (relation: Relation) =>
    types.has(relation.type) && relation.claims.some((claim) => evidence.has(claim.evidence) && (source === null || claim.source === source));
  const passesAll = ALL_TYPES.every((type) => types.has(type)) && ALL_EVIDENCE.every((kind) => evidence.has(kind)) && source === null;
  return Object.assign(test, { passesAll });
}
