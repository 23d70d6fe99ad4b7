import type { AllianceModel } from "../../graph";
import { isBigLayout } from "../layout-options";
import { LAYOUT_SEED, seededRandom } from "../seeded-random";
import type { YearPlaces } from "../year-places";
import { yearGraphs } from "../year-graphs";
import { yearLayouts } from "./year-layouts";

/**
 * Every actor's place in every year (rounded to 0.1 px), or null for a graph past the layout's
 * size limit (the browser then lays out every year at once). Pure: the server computes it for
 * the served data, a web worker for a dataset opened in the browser.
 */
export function placesOfModel(model: AllianceModel): YearPlaces | null {
  // Too many actors is enough to know, before the years' graphs are built (seconds at 20,000 relations).
  if (isBigLayout(model.dataset.actors.length, 0)) return null;
  const graphs = yearGraphs(model);
  const pairs = new Set(graphs.flatMap((g) => g.pairs.map((p) => `${p.source}\u0000${p.target}`)));
  if (isBigLayout(model.dataset.actors.length, pairs.size)) return null;
  const labels = new Map(model.dataset.actors.map((actor) => [actor.id, actor.name]));
  const layouts = yearLayouts(graphs, labels, seededRandom(LAYOUT_SEED));
  const out: Record<string, Record<string, readonly [number, number]>> = {};
  for (const [year, positions] of layouts) {
    const inYear: Record<string, readonly [number, number]> = {};
    for (const [id, p] of positions) inYear[id] = [Math.round(p.x * 10) / 10, Math.round(p.y * 10) / 10];
    out[String(year)] = inYear;
  }
  return out;
}
