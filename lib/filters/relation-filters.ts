import { EVIDENCE_KIND_IDS, type EvidenceKind, RELATION_TYPE_IDS, type RelationType } from "../vocabulary/vocabulary";

/** Which relations are drawn. A relation passes when its type is on and one of its claims matches. */
export interface RelationFilters {
  /** Types shown, in vocabulary order; all of them by default. */
  types: RelationType[];
  /** Evidence kinds accepted, in vocabulary order; all of them by default. */
  evidence: EvidenceKind[];
  /** Only relations with a claim from this source; null for any source. */
  source: string | null;
}

export const ALL_TYPES: readonly RelationType[] = RELATION_TYPE_IDS;
export const ALL_EVIDENCE: readonly EvidenceKind[] = EVIDENCE_KIND_IDS;

export function defaultFilters(): RelationFilters {
  return { types: [...ALL_TYPES], evidence: [...ALL_EVIDENCE], source: null };
}

export function sameFilters(a: RelationFilters, b: RelationFilters): boolean {
  return a.source === b.source && sameList(a.types, b.types) && sameList(a.evidence, b.evidence);
}

/** A key equal for equal filters: snapshots and exports are cached under it. */
export function filtersKey(filters: RelationFilters): string {
  return JSON.stringify([[...filters.types].sort(), [...filters.evidence].sort(), filters.source]);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** Keeps the vocabulary's order and drops duplicates, so equal sets serialise to equal URLs. */
export function inVocabularyOrder<T extends string>(vocabulary: readonly T[], chosen: Iterable<T>): T[] {
  const set = new Set(chosen);
  return vocabulary.filter((item) => set.has(item));
}
