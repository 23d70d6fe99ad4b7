import { spanContains, type YearSpan } from "../time";
import { analysisOf, type ViewState } from "./view-state";

/** The state with the dyad view open on `a` and `b` (the actor panel's "Compare with…"). */
export function withDyad(state: ViewState, a: string, b: string): ViewState {
  return { ...state, analysis: { ...analysisOf(state), tab: "dyad", dyad: { a, b } } };
}

/**
 * Selecting a compared relation that holds only in the other year swaps the two years, so the
 * map can show it without changing what is compared; null when no swap is needed (select as usual).
 */
export function swapForComparedRelation(state: ViewState, relationId: string, span: YearSpan): ViewState | null {
  const analysis = analysisOf(state);
  const compare = analysis.compare;
  if (spanContains(span, state.year) || compare === null || !spanContains(span, compare)) return null;
  return { ...state, year: compare, selection: { kind: "relation", id: relationId }, analysis: { ...analysis, compare: state.year } };
}

/** The state drawing (or hiding) the actors with no relation shown in its year. */
export function withAllActors(state: ViewState, allActors: boolean): ViewState {
  const { allActors: _previous, ...rest } = state;
  return allActors ? { ...rest, allActors: true } : rest;
}

/** The state drawing every relation as its own line, or (false) one line per pair. */
export function withSeparateLines(state: ViewState, separate: boolean): ViewState {
  const { separateLines: _previous, ...rest } = state;
  return separate ? { ...rest, separateLines: true } : rest;
}

/** The state at a year, or a month of it (month: null leaves month mode). */
export function withMoment(state: ViewState, at: { year: number; month: number | null }): ViewState {
  const { month: _previous, ...rest } = state;
  return at.month === null ? { ...rest, year: at.year } : { ...rest, year: at.year, month: at.month };
}
