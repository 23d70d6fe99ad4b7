import { describe, expect, it } from "vitest";
import { generateDataset } from "@/lib/generate/generate-dataset";
import { buildAllianceModel } from "@/lib/graph";
import { LAYOUT_SEED, seededRandom, yearGraphs } from "@/lib/layout";
import { bigGraphPositions } from "@/lib/layout/big";
import { onePlacePerActor, placesOfModel } from "@/lib/layout/years";
import { yearPlacesOf } from "@/lib/server";

// A dataset past the per-year layout's limit (300 actors): opened in the browser, its one layout
// is computed in the worker instead of on the page.
const model = buildAllianceModel(generateDataset({ actors: 400, relations: 3000, seed: "places", firstYear: 1990, years: 12 }));
const places = onePlacePerActor(model);

describe("onePlacePerActor", () => {
  it("is what a graph past the per-year layout's limit gets instead of nothing", () => {
    expect(placesOfModel(model)).toBeNull();
    expect(Object.keys(places)).toEqual(yearGraphs(model).map((graph) => String(graph.year)));
  });

  it("places every actor in every year", () => {
    const ids = model.dataset.actors.map((actor) => actor.id).sort();
    for (const inYear of Object.values(places)) expect(Object.keys(inYear).sort()).toEqual(ids);
  });

  it("keeps each actor at the one place the big layout gives it over every relation, in every year", () => {
    const ids = model.dataset.actors.map((actor) => actor.id);
    const edges = model.dataset.relations.map((relation) => ({ id: relation.id, source: relation.source, target: relation.target }));
    const expected = bigGraphPositions(ids, edges, seededRandom(LAYOUT_SEED));
    const distinct = new Set<string>();
    for (const inYear of Object.values(places)) {
      for (const [id, [x, y]] of Object.entries(inYear)) {
        expect([x, y], id).toEqual([expected.get(id)?.x, expected.get(id)?.y]);
        distinct.add(`${x},${y}`);
      }
    }
    // Spread out, not piled up: nearly every actor has a place of its own.
    expect(distinct.size).toBeGreaterThan(ids.length * 0.9);
  });

  it("gives the same places for the same data", () => {
    expect(onePlacePerActor(model)).toEqual(places);
  });

  it("is what the server sends with the page for a served dataset that big, so the browser lays nothing out", () => {
    expect(yearPlacesOf(model)).toEqual(places);
  });
});
