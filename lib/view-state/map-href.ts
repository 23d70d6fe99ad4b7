import { parseViewState, yearShowingSelection } from "./parse-view-state";
import { serializeViewState } from "./serialize-view-state";
import type { ViewContext } from "./view-context";
import type { Selection } from "./view-state";

/** Next's parsed query back as a query string ("?year=2018&relation=…"), as location.search reads; "" when empty. */
export function queryStringOf(params: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(name, item);
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}

/**
 * The map's URL for a view carried in from elsewhere (a source page's query): parsed and written
 * afresh, so only what the map understands goes back, and a bad parameter falls back to its default.
 * With a selection, that one is shown instead, at a year it holds in.
 */
export function mapHref(search: string, context: ViewContext, selection: Selection | undefined = undefined): string {
  if (search === "" && selection === undefined) return "/";
  const { state } = parseViewState(search, context);
  if (selection === undefined) return `/${serializeViewState(state)}`;
  return `/${serializeViewState({ ...state, selection, year: yearShowingSelection(context, selection, state.year) })}`;
}
