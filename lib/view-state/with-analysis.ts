import { analysisOf, type ViewState } from "./view-state";

/** The state with the dyad view open on `a` and `b` (the actor panel's "Compare with…"). */
export function withDyad(state: ViewState, a: string, b: string): ViewState {
  return { ...state, analysis: { ...analysisOf(state), tab: "dyad", dyad: { a, b } } };
}
