import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeCanvas, emptyHoldings, neededElementIds, syncCanvas } from "@/lib/canvas";
import { all, asTarget, base, byId, drawn, emptyCy, fullCanvas, openedOn, played, readerStep } from "./canvas-harness";
import { viewModel as model } from "./view-fixture";

// A canvas that receives each element only when a year first needs it must draw exactly what a
// canvas holding every element draws, whatever the reader did before.

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
    const { cy, held, description: first } = openedOn({ ...base, year: 2022 });
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
    fc.assert(
      fc.property(fc.array(readerStep, { minLength: 1, maxLength: 8 }), (steps) => {
        const { cy, last } = played(steps, false);
        expect(drawn(cy)).toEqual(drawn(fullCanvas(last)));
      }),
      { seed: 20261202, numRuns: 150 },
    );
  }, 30_000);
});
