import type { AllianceModel } from "../graph";
import type { YearPlaces } from "../layout";
import { onePlacePerActor, placesOfModel } from "../layout/years";
import { processWide } from "./process-wide";

const cache = processWide("year-places", () => new WeakMap<AllianceModel, YearPlaces>());

/**
 * The per-year layout of the model, computed once per server process and sent with the page, so
 * the browser lays nothing out on load. Past the per-year layout's size limit every actor keeps
 * one place in every year (onePlacePerActor, seeded; what a dataset opened in the browser gets in
 * its worker), instead of the page running ForceAtlas2 on its main thread on every load.
 */
export function yearPlacesOf(model: AllianceModel): YearPlaces {
  const cached = cache.get(model);
  if (cached !== undefined) return cached;
  const places = placesOfModel(model) ?? onePlacePerActor(model);
  cache.set(model, places);
  return places;
}
