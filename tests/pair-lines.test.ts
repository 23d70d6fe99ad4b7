import cytoscape, { type Core, type ElementDefinition, type StylesheetJsonBlock } from "cytoscape";
import { describe, expect, it } from "vitest";
import { compareYears } from "@/lib/analysis";
import { applyCanvas, canvasStylesheet, canvasUniverse, type CanvasState, describeCanvas, graphElements } from "@/lib/canvas";
import { defaultFilters } from "@/lib/filters";
import { pairKey } from "@/lib/graph";
import { pairsOf, pairTone, snapshotOf } from "@/lib/snapshot";
import { pairView } from "@/lib/view";
import { viewModel as model } from "./view-fixture";

// One line per pair: in the fixture's 2001, Iran and the US cooperate and oppose each other (two
// relations, one disputed), while Iran and the Taliban are enemies (one relation).

const base: CanvasState = { year: 2001, filters: defaultFilters(), selection: null, comparison: null, triad: null, blocs: null, allActors: false, separateLines: false };

function drawn(state: CanvasState, previous: CanvasState | null = null): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: graphElements(model) as unknown as ElementDefinition[], style: canvasStylesheet() as unknown as StylesheetJsonBlock[] });
  const first = previous === null ? null : describeCanvas(model, previous);
  if (first !== null) applyCanvas(cy, canvasUniverse(model), null, first);
  applyCanvas(cy, canvasUniverse(model), first, describeCanvas(model, state));
  return cy;
}
const shown = (cy: Core, id: string) => cy.getElementById(id).style("display") !== "none";

describe("pairTone", () => {
  it.each([
    [["ally", "trains"], "friendly"],
    [["enemy", "attacks"], "hostile"],
    [["cooperates", "opposes"], "mixed"],
    [["negotiates", "continues"], "neutral"],
    [["negotiates", "enemy"], "hostile"],
    [["negotiates", "funds"], "friendly"],
  ] as const)("%j reads as %s", (types, tone) => {
    expect(pairTone(types)).toBe(tone);
  });
});

describe("pairsOf", () => {
  it("groups a year's shown relations by unordered pair, whichever way each points", () => {
    const pairs = pairsOf(model, snapshotOf(model, { year: 2001, filters: defaultFilters() }));
    const iranUs = pairs.get(pairKey("us", "iran"));
    expect(iranUs?.actors).toEqual(["iran", "us"]);
    expect([...(iranUs?.relationIds ?? [])].sort()).toEqual(["iran-cooperates-us", "iran-opposes-us"]);
    expect(iranUs?.tone).toBe("mixed");
    expect(iranUs?.disputed).toBe(true);
    expect(pairs.get(pairKey("iran", "northern-alliance"))?.relationIds).toEqual(["na-ally-iran"]);
  });
});

describe("pair lines on the canvas", () => {
  it("draws a pair's several relations as one line with a count, and a lone relation as itself", () => {
    const cy = drawn(base);
    const line = cy.getElementById("pair:iran|us");
    expect(shown(cy, "pair:iran|us")).toBe(true);
    expect(shown(cy, "relation:iran-cooperates-us")).toBe(false);
    expect(shown(cy, "relation:iran-opposes-us")).toBe(false);
    expect(line.data("count")).toBe(2);
    expect(line.data("badge")).toBe("⚠ 2");
    expect(line.data("tone")).toBe("mixed");
    expect([...(line.data("types") as string[])].sort()).toEqual(["cooperates", "opposes"]);
    expect(line.data("actors")).toEqual(["iran", "us"]);
    expect(shown(cy, "relation:iran-enemy-taliban")).toBe(true);
    expect(shown(cy, "pair:iran|taliban")).toBe(false);
  });

  it("fans out into separate lines on request, and during a comparison", () => {
    for (const state of [{ ...base, separateLines: true }, { ...base, comparison: compareYears(model, 2001, 2002) }]) {
      const cy = drawn(state, base);
      expect(shown(cy, "pair:iran|us")).toBe(false);
      expect(shown(cy, "relation:iran-cooperates-us")).toBe(true);
      expect(shown(cy, "relation:iran-opposes-us")).toBe(true);
    }
  });

  it("counts only what the filters show: one relation left is drawn on its own", () => {
    const filters = { ...defaultFilters(), types: defaultFilters().types.filter((type) => type !== "opposes") };
    const cy = drawn({ ...base, filters }, base);
    expect(shown(cy, "pair:iran|us")).toBe(false);
    expect(shown(cy, "relation:iran-cooperates-us")).toBe(true);
    expect(shown(cy, "relation:iran-opposes-us")).toBe(false);
  });

  it("follows the year: the line goes when the pair is down to one relation, and its data is the year's", () => {
    const cy = drawn({ ...base, year: 2018 }, base);
    // 2018 holds only iran-trains-taliban (start year, end not stated) between them.
    expect(shown(cy, "pair:iran|us")).toBe(false);
    expect(shown(cy, "pair:iran|taliban")).toBe(false);
    expect(shown(cy, "relation:iran-trains-taliban")).toBe(true);
  });

  it("outlines the line that draws a selected relation, or a selected pair", () => {
    expect(drawn({ ...base, selection: { kind: "relation", id: "iran-opposes-us" } }).getElementById("pair:iran|us").hasClass("is-selected")).toBe(true);
    const pair = drawn({ ...base, selection: { kind: "pair", id: "iran|us" } });
    expect(pair.getElementById("pair:iran|us").hasClass("is-selected")).toBe(true);
    expect(pair.getElementById("relation:iran-cooperates-us").hasClass("is-selected")).toBe(true);
    expect(pair.getElementById("relation:iran-enemy-taliban").hasClass("is-selected")).toBe(false);
  });

  it("keeps a selected actor's pair lines unfaded and fades the others", () => {
    const cy = drawn({ ...base, selection: { kind: "actor", id: "us" } });
    expect(cy.getElementById("pair:iran|us").hasClass("faded")).toBe(false);
    const taliban = drawn({ ...base, selection: { kind: "actor", id: "taliban" } });
    expect(taliban.getElementById("pair:iran|us").hasClass("faded")).toBe(true);
  });
});

describe("pairView", () => {
  it("lists the pair's relations of the year, friendly first, and counts what is elsewhere", () => {
    const view = pairView(model, "iran|us", 2001, defaultFilters());
    expect(view?.actors.map((actor) => actor.name)).toEqual(["Iran", "United States"]);
    expect(view?.rows.map((row) => row.id)).toEqual(["iran-cooperates-us", "iran-opposes-us"]);
    expect(view?.tone).toBe("mixed");
    expect(view?.filteredOut).toBe(0);
    const filtered = pairView(model, "iran|us", 2001, { ...defaultFilters(), types: ["opposes"] });
    expect(filtered?.rows.map((row) => row.id)).toEqual(["iran-opposes-us"]);
    expect(filtered?.filteredOut).toBe(1);
  });

  it("says how many of the pair's relations lie in other years, and rejects unknown actors", () => {
    expect(pairView(model, "iran|taliban", 2001, defaultFilters())?.otherRelations).toBe(2);
    expect(pairView(model, "iran|nobody", 2001, defaultFilters())).toBeNull();
  });
});
