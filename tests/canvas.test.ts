import cytoscape, { type Core, type ElementDefinition, type StylesheetJsonBlock } from "cytoscape";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareYears, triadsAt } from "@/lib/analysis";
import { applyCanvas, canvasStylesheet, canvasUniverse, describeCanvas, graphElements, isolatedActors, type CanvasDescription, type CanvasState } from "@/lib/canvas";
import { buildAllianceModel } from "@/lib/graph";
import { defaultFilters } from "@/lib/filters";
import { viewModel as model } from "./view-fixture";

// The canvas as data: describeCanvas says what every element shows, applyCanvas makes a real
// (headless) Cytoscape show it by touching only the difference.

const universe = canvasUniverse(model);
const base: CanvasState = { year: 2001, filters: defaultFilters(), selection: null, comparison: null, triad: null, blocs: null, allActors: false, separateLines: false };

function freshCy(): Core {
  return cytoscape({ headless: true, styleEnabled: true, elements: graphElements(model) as unknown as ElementDefinition[], style: canvasStylesheet() as unknown as StylesheetJsonBlock[] });
}

/** Each element's classes, sorted, minus the ones it was built with. */
function marks(cy: Core): Record<string, string> {
  const built = new Map(graphElements(model).map((e) => [e.data.id, new Set(e.classes.split(" "))]));
  return Object.fromEntries(cy.elements().map((e) => [e.id(), e.classes().filter((c) => !built.get(e.id())?.has(c)).sort().join(" ")]));
}

/** The pair lines drawn, with the relations each stands for. */
function drawnPairLines(cy: Core): Record<string, string> {
  return Object.fromEntries(cy.edges(".pair-shown").map((e) => [e.id(), (e.data("relationIds") as string[]).join(" ")]));
}

function shownIn(state: CanvasState): Core {
  const cy = freshCy();
  applyCanvas(cy, universe, null, describeCanvas(model, state));
  return cy;
}

const visible = (cy: Core, id: string) => cy.getElementById(id).style("display") !== "none";

describe("describeCanvas + applyCanvas", () => {
  it("shows the year's actors and relations only, and hides an actor once it leaves the year", () => {
    const cy = shownIn(base);
    expect(visible(cy, "actor:northern-alliance")).toBe(true);
    expect(visible(cy, "relation:na-ally-iran")).toBe(true);
    expect(visible(cy, "relation:iran-supports-taliban")).toBe(false);
    let previous: CanvasDescription = describeCanvas(model, base);
    for (const year of [2002, 2010, 2022]) {
      const next = describeCanvas(model, { ...base, year });
      applyCanvas(cy, universe, previous, next);
      previous = next;
    }
    // The Northern Alliance ended in 2001-12: from 2002 on it must not be drawn.
    expect(visible(cy, "actor:northern-alliance")).toBe(false);
    // In 2022 it is drawn with the 2018 training, still continuing, as the pair's one line.
    const line = cy.getElementById("pair:iran|taliban");
    expect(visible(cy, "relation:iran-supports-taliban") || (visible(cy, "pair:iran|taliban") && (line.data("relationIds") as string[]).includes("iran-supports-taliban"))).toBe(true);
  });

  it("hides actors with no relation shown in the year, unless all are asked for or it is the one selected", () => {
    // In 2001 Jamiat-e Islami is on the map (no lifespan) but has no relation.
    expect(visible(shownIn(base), "actor:jamiat")).toBe(false);
    expect(visible(shownIn({ ...base, allActors: true }), "actor:jamiat")).toBe(true);
    expect(visible(shownIn({ ...base, selection: { kind: "actor", id: "jamiat" } }), "actor:jamiat")).toBe(true);
    // Filtering to alliances leaves the US with nothing shown in 2001 (it only cooperates and opposes): hidden too.
    const onlyAllies = { ...defaultFilters(), types: ["ally" as const] };
    expect(visible(shownIn(base), "actor:us")).toBe(true);
    expect(visible(shownIn({ ...base, filters: onlyAllies }), "actor:us")).toBe(false);
  });

  it("hides what the filters reject, even when a comparison brings the other year back", () => {
    const filters = { ...defaultFilters(), types: defaultFilters().types.filter((t) => t !== "enemy") };
    const cy = shownIn({ ...base, year: 2022, filters, comparison: compareYears(model, 2022, 1998) });
    expect(visible(cy, "relation:iran-enemy-taliban")).toBe(false);
    const unfiltered = shownIn({ ...base, year: 2022, comparison: compareYears(model, 2022, 1998) });
    expect(visible(unfiltered, "relation:iran-enemy-taliban")).toBe(true);
    expect(unfiltered.getElementById("relation:iran-enemy-taliban").hasClass("cmp-ended")).toBe(true);
  });

  it("fades everything outside a selected actor's neighbourhood in the year, and outlines the selection", () => {
    const cy = shownIn({ ...base, selection: { kind: "actor", id: "us" } });
    expect(cy.getElementById("actor:us").hasClass("is-selected")).toBe(true);
    expect(cy.getElementById("actor:iran").hasClass("faded")).toBe(false);
    expect(cy.getElementById("relation:iran-cooperates-us").hasClass("faded")).toBe(false);
    expect(cy.getElementById("pair:iran|us").hasClass("faded")).toBe(false);
    expect(cy.getElementById("actor:taliban").hasClass("faded")).toBe(true);
    expect(cy.getElementById("relation:iran-enemy-taliban").hasClass("faded")).toBe(true);
  });

  it("a year step touches only what changes between the two years", () => {
    const cy = shownIn({ ...base, year: 2000 });
    const touched = applyCanvas(cy, universe, describeCanvas(model, { ...base, year: 2000 }), describeCanvas(model, { ...base, year: 2001 }));
    // Every (element, class) that differs between fresh canvases of the two years, and nothing else.
    const [before, after] = [marks(shownIn({ ...base, year: 2000 })), marks(shownIn(base))];
    const differing = universe.flatMap((id) => {
      const [a, b] = [new Set((before[id] ?? "").split(" ").filter(Boolean)), new Set((after[id] ?? "").split(" ").filter(Boolean))];
      return [...a, ...b].filter((c) => a.has(c) !== b.has(c));
    });
    // Plus each pair line whose relations differ between the years (its data is set once).
    const lines = [...describeCanvas(model, base).lines.keys()].filter((id) => drawnPairLines(shownIn({ ...base, year: 2000 }))[id] === undefined);
    expect(touched).toBe(differing.length + lines.length);
    expect(touched).toBeLessThan(universe.length);
  });

  it("highlights a triad and dims the rest; clearing it removes both marks", () => {
    const triad = triadsAt(model, 2001)[0] ?? null;
    const state = { ...base, triad };
    const cy = shownIn(state);
    if (triad !== null) expect(cy.getElementById(`actor:${triad.actors[0]}`).hasClass("triad-focus")).toBe(true);
    applyCanvas(cy, universe, describeCanvas(model, state), describeCanvas(model, base));
    expect(cy.elements(".triad-focus, .triad-dim").length).toBe(0);
  });

  it("any sequence of states, applied step by step, leaves exactly what a fresh canvas shows", () => {
    const years = fc.integer({ min: model.years.first - 1, max: model.years.last + 1 });
    const state = fc.record({
      year: years,
      types: fc.subarray([...defaultFilters().types]),
      selection: fc.constantFrom<CanvasState["selection"]>(null, { kind: "actor", id: "iran" }, { kind: "actor", id: "us" }, { kind: "relation", id: "iran-cooperates-us" }, { kind: "pair", id: "iran|us" }),
      compare: fc.option(years, { nil: null }),
      blocs: fc.boolean(),
      allActors: fc.boolean(),
      separateLines: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(state, { minLength: 1, maxLength: 8 }), (steps) => {
        const cy = freshCy();
        let previous: CanvasDescription | null = null;
        let last: CanvasState = base;
        for (const step of steps) {
          last = {
            year: step.year,
            filters: { ...defaultFilters(), types: step.types },
            selection: step.selection,
            comparison: step.compare === null || step.compare === step.year ? null : compareYears(model, step.year, step.compare),
            triad: null,
            blocs: step.blocs ? [{ id: 0, members: ["iran", "taliban"] }, { id: 9, members: ["us"] }] : null,
            allActors: step.allActors,
            separateLines: step.separateLines,
          };
          const next = describeCanvas(model, last);
          applyCanvas(cy, universe, previous, next);
          previous = next;
        }
        expect(marks(cy)).toEqual(marks(shownIn(last)));
        expect(drawnPairLines(cy)).toEqual(drawnPairLines(shownIn(last)));
      }),
      { seed: 20261201, numRuns: 150 },
    );
  }, 30_000);
});

describe("isolatedActors", () => {
  it("walking from year to year gives what a fresh look at each year gives", () => {
    const years = fc.integer({ min: model.years.first - 2, max: model.years.last + 2 });
    const filters = fc.constantFrom(defaultFilters(), { ...defaultFilters(), types: ["ally" as const, "enemy" as const] });
    fc.assert(
      fc.property(fc.array(years, { minLength: 1, maxLength: 12 }), filters, (walk, chosen) => {
        // A model object of its own, so the walk starts from nothing.
        const walker = buildAllianceModel(model.dataset);
        for (const year of walk) {
          const fresh = buildAllianceModel(model.dataset);
          expect([...isolatedActors(walker, year, chosen, null)].sort()).toEqual([...isolatedActors(fresh, year, chosen, null)].sort());
        }
      }),
      { seed: 7, numRuns: 60 },
    );
  });
});
