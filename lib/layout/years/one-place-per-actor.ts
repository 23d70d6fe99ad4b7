import type { AllianceModel } from "../../graph";
import { bigGraphPositions } from "../big";
import { LAYOUT_SEED, seededRandom } from "../seeded-random";
import type { YearPlaces } from "../year-places";

/**
 * For a graph past the per-year layout's size limit: one ForceAtlas2 layout of every actor over
 * every relation (what the page would otherwise run on its main thread), each actor keeping that
 * one place in every year. Every year shares one record, so copying it to the page (structured
 * clone keeps shared objects shared) and into IndexedDB costs one year, not fifty.
 */
export function onePlacePerActor(model: AllianceModel): YearPlaces {
  const ids = model.dataset.actors.map((actor) => actor.id);
  const edges = model.dataset.relations.map((relation) => ({ id: relation.id, source: relation.source, target: relation.target }));
  const positions = bigGraphPositions(ids, edges, seededRandom(LAYOUT_SEED));
  const everyYear: Record<string, readonly [number, number]> = {};
  for (const [id, point] of positions) everyYear[id] = [point.x, point.y];
  const out: Record<string, Readonly<Record<string, readonly [number, number]>>> = {};
  for (let year = model.years.first; year <= model.years.last; year += 1) out[String(year)] = everyYear;
  return out;
}
