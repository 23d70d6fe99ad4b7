import cytoscape, { type Core, type ElementDefinition, type StylesheetJsonBlock } from "cytoscape";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareYears } from "@/lib/analysis";
import { applyCanvas, canvasStylesheet, canvasUniverse, type CanvasDescription, type CanvasState, describeCanvas, elementsById, emptyHoldings, graphElements, type GrowingCanvasTarget, neededElementIds, syncCanvas } from "@/lib/canvas";
import { defaultFilters } from "@/lib/filters";
import { viewModel as model } from "./view-fixture";

// A canvas that receives each element only when a year first needs it must draw exactly what a
// canvas holding every element draws, whatever the reader did before.

const all = graphElements(model);
const byId = elementsById(all);
const base: CanvasState = { year: 2001, filters: defaultFilters(), selection: null, comparison: null, triad: null, blocs: null, allActors: false, separateLines: false };
const style = canvasStylesheet() as unknown as StylesheetJsonBlock[];

const emptyCy = (): Core => cytoscape({ headless: true, styleEnabled: true, style });
const asTarget = (cy: Core) => cy as unknown as GrowingCanvasTarget;

function fullCanvas(state: CanvasState): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: all as unknown as ElementDefinition[], style });
  applyCanvas(cy, canvasUniverse(model), null, describeCanvas(model, state));
  return cy;
}

/** What is drawn: every visible element with its classes, and every drawn pair line's relations. */
function drawn(cy: Core): Record<string, string> {
  const shown = cy.elements().filter((element) => element.style("display") !== "none");
  return Object.fromEntries(shown.map((element) => [element.id(), `${element.classes().sort().join(" ")} ${((element.data("relationIds") as string[] | undefined) ?? []).join(",")}`]));
}

describe("syncCanvas: elements enter when a year needs them", () => {
  it("a fresh canvas receives the opening year's elements only, each already carrying its marks", () => {
    const cy = emptyCy();
    const held = emptyHoldings();
    syncCanvas(asTarget(cy), byId, held, null, describeCanvas(model, base));
    expect(cy.elements().length).toBeLessThan(all.length);
    expect(held.ids.size).toBe(cy.elements().length);
    // The Hazaras' 2001 relations are there; a relation of 1998 only is not on the canvas at all.
    expect(cy.getElementById("relation:na-ally-iran").empty()).toBe(false);
    expect(cy.getElementById("relation:iran-supports-taliban").empty()).toBe(true);
    expect(drawn(cy)).toEqual(drawn(fullCanvas(base)));
  });

  it("an actor entering in a later year enters at that year's place", () => {
    const cy = emptyCy();
    const held = emptyHoldings();
    const first = describeCanvas(model, { ...base, year: 2022 });
    syncCanvas(asTarget(cy), byId, held, null, first);
    expect(cy.getElementById("actor:northern-alliance").empty()).toBe(true);
    syncCanvas(asTarget(cy), byId, held, first, describeCanvas(model, base), (actorId) => (actorId === "northern-alliance" ? { x: 123, y: -45 } : undefined));
    expect(cy.getElementById("actor:northern-alliance").position()).toEqual({ x: 123, y: -45 });
  });

  it("a year that entered once lists none of its own elements again: a step back to it costs only the revealing marks", () => {
    const cy = emptyCy();
    const held = emptyHoldings();
    const opening = describeCanvas(model, base);
    syncCanvas(asTarget(cy), byId, held, null, opening);
    const again = neededElementIds(opening, held.years);
    expect(again.every((id) => id.startsWith("pair:"))).toBe(true);
    expect(neededElementIds(opening, new Set()).length).toBeGreaterThan(again.length);
  });

  it("any sequence of states leaves the same drawing as a canvas holding every element", () => {
    const years = fc.integer({ min: model.years.first - 1, max: model.years.last + 1 });
    const step = fc.record({
      year: years,
      types: fc.subarray([...defaultFilters().types]),
      selection: fc.constantFrom<CanvasState["selection"]>(null, { kind: "actor", id: "iran" }, { kind: "relation", id: "iran-cooperates-us" }, { kind: "pair", id: "iran|taliban" }),
      compare: fc.option(years, { nil: null }),
      month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
      allActors: fc.boolean(),
      separateLines: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        const cy = emptyCy();
        const held = emptyHoldings();
        let previous: CanvasDescription | null = null;
        let last = base;
        for (const s of steps) {
          last = { ...base, year: s.year, month: s.month, filters: { ...defaultFilters(), types: s.types }, selection: s.selection, comparison: s.compare === null || s.compare === s.year ? null : compareYears(model, s.year, s.compare), allActors: s.allActors, separateLines: s.separateLines };
          const next = describeCanvas(model, last);
          syncCanvas(asTarget(cy), byId, held, previous, next);
          previous = next;
        }
        expect(drawn(cy)).toEqual(drawn(fullCanvas(last)));
      }),
      { seed: 20261202, numRuns: 150 },
    );
  }, 30_000);
});
