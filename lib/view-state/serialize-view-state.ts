import { serializeAnalysisState } from "./analysis-state";
import { analysisOf, type Selection, type ViewState } from "./view-state";
import { ALL_EVIDENCE, ALL_TYPES } from "../filters";
import { periodOf } from "../time";

/**
 * The query string for a view state, "?year=2001&relation=…". Defaults are left out so links
 * stay short; the year (or the month, `date=2001-10`) is always written so a link means the same
 * time when the data grows.
 * Lists keep literal commas (ids are kebab-case, nothing in them needs escaping).
 */
export function serializeViewState(state: ViewState): string {
  const parts = [state.month === undefined ? `year=${state.year}` : `date=${periodOf({ year: state.year, month: state.month })}`];
  if (state.selection !== null) parts.push(`${state.selection.kind}=${selectionParam(state.selection)}`);
  const { types, evidence, source } = state.filters;
  if (!coversAll(types, ALL_TYPES)) parts.push(`types=${types.map(encodeURIComponent).join(",")}`);
  if (!coversAll(evidence, ALL_EVIDENCE)) parts.push(`evidence=${evidence.map(encodeURIComponent).join(",")}`);
  if (source !== null) parts.push(`source=${encodeURIComponent(source)}`);
  parts.push(...serializeAnalysisState(analysisOf(state)));
  if (state.allActors === true) parts.push("actors=all");
  if (state.separateLines === true) parts.push("lines=each");
  return `?${parts.join("&")}`;
}

// A pair is written as its two actor ids with a literal comma, as the dyad is.
function selectionParam(selection: NonNullable<Selection>): string {
  return selection.kind === "pair" ? selection.id.split("|").map(encodeURIComponent).join(",") : encodeURIComponent(selection.id);
}

function coversAll<T>(chosen: readonly T[], vocabulary: readonly T[]): boolean {
  const set = new Set(chosen);
  return vocabulary.every((item) => set.has(item));
}
