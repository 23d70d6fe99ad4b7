import type { Dataset } from "../schema";
import type { PackedPlaces } from "./packed-places";

/** The path the page fetches the whole served dataset from, once its first view is drawn. */
export const SERVED_DATASET_PATH = "/api/dataset";

/** GET /api/dataset: the served dataset whole, with its per-year places. */
export interface ServedDataset {
  dataset: Dataset;
  places: PackedPlaces;
}

/**
 * Past this many relations the page carries only its opening year (at 20,000 the whole dataset
 * is 1.5 MB of gzipped HTML, the busiest year under 300 KB). Below it the page carries all of it.
 */
export const FIRST_VIEW_MIN_RELATIONS = 3000;

/**
 * The threshold in force: ALLEGIANCES_FIRST_VIEW_MIN_RELATIONS (a whole number ≥ 1) lowers or
 * raises it, so the first view can be tried, and tested, on a small dataset.
 */
export function firstViewThreshold(setting: string | undefined): number {
  if (setting === undefined || setting === "") return FIRST_VIEW_MIN_RELATIONS;
  const value = Number(setting);
  if (!Number.isInteger(value) || value < 1) throw new Error(`first-view: ALLEGIANCES_FIRST_VIEW_MIN_RELATIONS must be a whole number of at least 1, not "${setting}"`);
  return value;
}
