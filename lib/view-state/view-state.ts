import { type AnalysisState, defaultAnalysis, sameAnalysis } from "./analysis-state";
import { type RelationFilters, sameFilters } from "../filters";

/**
 * What is selected: one relation (the citation panel), one actor (the actor panel), or one pair
 * of actors (the pair panel; its id is the pair key, "iran|taliban"), or nothing.
 */
export type Selection = { kind: "relation"; id: string } | { kind: "actor"; id: string } | { kind: "pair"; id: string } | null;

/** Everything the URL carries: enough to reopen the same view from a shared link. */
export interface ViewState {
  year: number;
  /** One month of the year (1–12, `date=2001-10`); absent means the whole year. */
  month?: number;
  selection: Selection;
  filters: RelationFilters;
  /**
   * The analysis views (compare, balance, blocs, dyad). Absent means all off (the default), so
   * code that builds a view state without knowing about analysis stays valid; read it with analysisOf.
   */
  analysis?: AnalysisState;
  /** Also draw actors with no relation shown in the year (`actors=all`); absent means they are hidden. */
  allActors?: true;
  /** Draw every relation as its own line (`lines=each`); absent means one line per pair. */
  separateLines?: true;
}

export { defaultAnalysis };

/** The state's analysis settings, defaults when it has none. */
export function analysisOf(state: Pick<ViewState, "analysis">): AnalysisState {
  return state.analysis ?? defaultAnalysis();
}

export function sameSelection(a: Selection, b: Selection): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && a.id === b.id;
}


/**
 * `next`, reusing `previous`'s selection and filters objects where they are equal, so a
 * re-read URL that only moved the year leaves filter-dependent work (a pass over every edge) alone.
 */
export function keepUnchanged(previous: ViewState, next: ViewState): ViewState {
  const selection = sameSelection(previous.selection, next.selection) ? previous.selection : next.selection;
  const filters = sameFilters(previous.filters, next.filters) ? previous.filters : next.filters;
  const analysis = sameAnalysis(analysisOf(previous), analysisOf(next)) ? previous.analysis : next.analysis;
  const same = previous.year === next.year && previous.month === next.month && selection === previous.selection && filters === previous.filters && analysis === previous.analysis;
  if (same && previous.allActors === next.allActors && previous.separateLines === next.separateLines) return previous;
  return {
    year: next.year,
    ...(next.month === undefined ? {} : { month: next.month }),
    selection,
    filters,
    ...(analysis === undefined ? {} : { analysis }),
    ...(next.allActors === true ? { allActors: true } : {}),
    ...(next.separateLines === true ? { separateLines: true } : {}),
  };
}
