/**
 * `dataset=local`: the view shows the dataset opened in this browser (kept in IndexedDB), not the
 * served one. It sits above the view state (it decides which data the view is of), so the view's
 * own query is written around it.
 */
export const DATASET_PARAM = "dataset";
export const LOCAL_DATASET = "local";

/** True when the query asks for the locally opened dataset. */
export function wantsLocalDataset(search: string): boolean {
  return new URLSearchParams(search).get(DATASET_PARAM) === LOCAL_DATASET;
}

/** The view's query ("?year=2001…") carrying on the dataset choice of `currentSearch`. */
export function withDatasetParam(query: string, currentSearch: string): string {
  if (!wantsLocalDataset(currentSearch)) return query;
  return `${query}${query.includes("?") ? "&" : "?"}${DATASET_PARAM}=${LOCAL_DATASET}`;
}

/** `search` without the dataset choice, for the way back to the served dataset. */
export function withoutDatasetParam(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(DATASET_PARAM);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}
