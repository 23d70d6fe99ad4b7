import type { AllianceModel } from "../graph";
import type { YearPlaces } from "../layout";
import { placesOfModel } from "../layout/years";

const cache = new WeakMap<AllianceModel, YearPlaces | null>();

/**
 * The per-year layout of the model, computed once per server process and sent with the page, so
 * the browser lays nothing out on load (see placesOfModel; null past the layout's size limit).
 */
export function yearPlacesOf(model: AllianceModel): YearPlaces | null {
  if (cache.has(model)) return cache.get(model) ?? null;
  const places = placesOfModel(model);
  cache.set(model, places);
  return places;
}
