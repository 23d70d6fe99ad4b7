import type { AllianceModel } from "../graph";
import { isBigLayout, LAYOUT_SEED, seededRandom, type YearPlaces, yearGraphs } from "../layout";
import { yearLayouts } from "../layout/years";

const cache = new WeakMap<AllianceModel, YearPlaces | null>();

/**
 * The per-year layout of the model, computed once per server process and sent with the page, so
 * the browser lays nothing out on load. Null for a graph past the layout's size limit (the
 * browser then lays out every year at once, as before).
 */
export function yearPlacesOf(model: AllianceModel): YearPlaces | null {
  if (cache.has(model)) return cache.get(model) ?? null;
  const graphs = yearGraphs(model);
  const pairs = new Set(graphs.flatMap((g) => g.pairs.map((p) => `${p.source}\u0000${p.target}`)));
  let places: YearPlaces | null = null;
  if (!isBigLayout(model.dataset.actors.length, pairs.size)) {
    const labels = new Map(model.dataset.actors.map((actor) => [actor.id, actor.name]));
    const layouts = yearLayouts(graphs, labels, seededRandom(LAYOUT_SEED));
    const out: Record<string, Record<string, readonly [number, number]>> = {};
    for (const [year, positions] of layouts) {
      const inYear: Record<string, readonly [number, number]> = {};
      for (const [id, p] of positions) inYear[id] = [Math.round(p.x * 10) / 10, Math.round(p.y * 10) / 10];
      out[String(year)] = inYear;
    }
    places = out;
  }
  cache.set(model, places);
  return places;
}
