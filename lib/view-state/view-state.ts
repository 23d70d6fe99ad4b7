import { defaultAnalysis, sameAnalysis, type AnalysisState } from "./analysis-state";
import { EVIDENCE_KIND_IDS, RELATION_TYPE_IDS, type EvidenceKind, type RelationType } from "../schema/vocabulary";

/** What is selected: one relation (the citation panel) or one actor (the actor panel), or nothing. */
export type Selection = { kind: "relation"; id: string } | { kind: "actor"; id: string } | null;

/** Which relations are drawn. A relation passes when its type is on and one of its claims matches. */
export interface RelationFilters {
  /** Types shown, in vocabulary order; all of them by default. */
  types: RelationType[];
  /** Evidence kinds accepted, in vocabulary order; all of them by default. */
  evidence: EvidenceKind[];
  /** Only relations with a claim from this source; null for any source. */
  source: string | null;
}

/** Everything the URL carries: enough to reopen the same view from a shared link. */
export interface ViewState {
  year: number;
  selection: Selection;
  filters: RelationFilters;
  /**
   * The analysis views (compare, balance, blocs, dyad). Absent means all off (the default), so
   * code that builds a view state without knowing about analysis stays valid; read it with analysisOf.
   */
  analysis?: AnalysisState;
}

export const ALL_TYPES: readonly RelationType[] = RELATION_TYPE_IDS;
export const ALL_EVIDENCE: readonly EvidenceKind[] = EVIDENCE_KIND_IDS;

export { defaultAnalysis };

/** The state's analysis settings, defaults when it has none. */
export function analysisOf(state: Pick<ViewState, "analysis">): AnalysisState {
  return state.analysis ?? defaultAnalysis();
}

export function defaultFilters(): RelationFilters {
  return { types: [...ALL_TYPES], evidence: [...ALL_EVIDENCE], source: null };
}

export function sameSelection(a: Selection, b: Selection): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && a.id === b.id;
}

/** Keeps the vocabulary's order and drops duplicates, so equal sets serialise to equal URLs. */
export function inVocabularyOrder<T extends string>(vocabulary: readonly T[], chosen: Iterable<T>): T[] {
  const set = new Set(chosen);
  return vocabulary.filter((item) => set.has(item));
}

export function sameFilters(a: RelationFilters, b: RelationFilters): boolean {
  return a.source === b.source && sameList(a.types, b.types) && sameList(a.evidence, b.evidence);
}

/**
 * `next`, reusing `previous`'s selection and filters objects where they are equal, so a
 * re-read URL that only moved the year leaves filter-dependent work (a pass over every edge) alone.
 */
export function keepUnchanged(previous: ViewState, next: ViewState): ViewState {
  const selection = sameSelection(previous.selection, next.selection) ? previous.selection : next.selection;
  const filters = sameFilters(previous.filters, next.filters) ? previous.filters : next.filters;
  const analysis = sameAnalysis(analysisOf(previous), analysisOf(next)) ? previous.analysis : next.analysis;
  if (previous.year === next.year && selection === previous.selection && filters === previous.filters && analysis === previous.analysis) return previous;
  return analysis === undefined ? { year: next.year, selection, filters } : { year: next.year, selection, filters, analysis };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
