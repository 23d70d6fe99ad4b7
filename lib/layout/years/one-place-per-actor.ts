import type { AllianceModel } from "../../graph";
import { bigGraphPositions } from "../big";
import { LAYOUT_SEED, seededRandom } from "../seeded-random";
import type { YearPlaces } from "../year-places";
import { yearGraphs } from "../year-graphs";

/**
 * For a graph past the per-year layout's size limit: one ForceAtlas2 layout of every actor over
 * every relation (what the browser would otherwise run on its main thread), each actor keeping that
 * one place in every year it is present. Pure, so a web worker computes it off the page.
 */
export function onePlacePerActor(model: AllianceModel): YearPlaces {
  const ids = model.dataset.actors.map((actor) => actor.id);
  const edges = model.dataset.relations.map((relation) => ({ id: relation.id, source: relation.source, target: relation.target }));
  const positions = bigGraphPositions(ids, edges, seededRandom(LAYOUT_SEED));
  const out: Record<string, Record<string, readonly [number, number]>> = {};
  for (const graph of yearGraphs(model)) {
    const inYear: Record<string, readonly [number, number]> = {};
    for (const id of [...graph.linked, ...graph.unlinked]) {
      const point = positions.get(id);
      if (point !== undefined) inYear[id] = [point.x, point.y];
    }
    out[String(graph.year)] = inYear;
  }
  return out;
}
