import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CanvasDescription, describeCanvas, emptyHoldings, neededElementIds, syncCanvas, tidyCanvas, yearsKeptAround } from "@/lib/canvas";
import { asTarget, base, byId, drawn, emptyCy, fullCanvas, neighboursOf, openedOn, played, readerStep } from "./canvas-harness";
import { viewModel as model } from "./view-fixture";

// A big canvas keeps only the shown year and its neighbours between steps. Whatever it evicts or
// readies, it must draw exactly what a canvas holding every element draws, and hold no more.

const around = (year: number) => neighboursOf({ ...base, year });

const presentIds = (year: number) => [...(model.actorIndex.present.get(year) ?? []).map((id) => `actor:${id}`), ...(model.relationIndex.present.get(year) ?? []).map((id) => `relation:${id}`)];

/** A canvas that stepped through every year from `from` to `to`, then jumped to `at`, holding all it met. */
function scrubbed(from: number, to: number, at: number) {
  const cy = emptyCy();
  const held = emptyHoldings();
  let previous: CanvasDescription | null = null;
  for (const year of [...Array.from({ length: to - from + 1 }, (_, i) => from + i), at]) {
    const next = describeCanvas(model, { ...base, year });
    syncCanvas(asTarget(cy), byId, held, previous, next);
    previous = next;
  }
  return { cy, held, shown: previous as CanvasDescription };
}

describe("tidyCanvas: a big canvas holds the shown year and its neighbours", () => {
  it("yearsKeptAround gives the year and its neighbours inside the data's years", () => {
    expect(yearsKeptAround(2001, { first: 1990, last: 2020 })).toEqual([2000, 2001, 2002]);
    expect(yearsKeptAround(1990, { first: 1990, last: 2020 })).toEqual([1990, 1991]);
    expect(yearsKeptAround(2020, { first: 1990, last: 2020 })).toEqual([2019, 2020]);
  });

  it("after a scrub through every year, a tidy leaves exactly the three years' elements and what the view reveals", () => {
    const { cy, held, shown } = scrubbed(model.years.first, model.years.last, 2001);
    const before = cy.elements().length;
    const tidied = tidyCanvas(asTarget(cy), byId, held, shown, around(2001));
    const expected = new Set([shown, ...around(2001)].flatMap((description) => neededElementIds(description, new Set())));
    for (const id of [...presentIds(2000), ...presentIds(2002)]) expect(expected).toContain(id);
    expect(new Set(cy.elements().map((element) => element.id()))).toEqual(expected);
    expect(held.ids).toEqual(expected);
    expect(tidied.removed).toBeGreaterThan(0);
    expect(before - tidied.removed + tidied.entered).toBe(cy.elements().length);
    expect([...held.years].sort()).toEqual([2000, 2001, 2002]);
    expect(drawn(cy)).toEqual(drawn(fullCanvas(base)));
  });

  it("readies the next year hidden, so stepping to it adds no element (pair lines included), and at its own place", () => {
    // The Karzai government and Iran's cooperation with the US begin in 2001.
    const { cy, held, description: opening } = openedOn({ ...base, year: 2000 });
    expect(cy.getElementById("relation:iran-cooperates-us").empty()).toBe(true);
    const place = { x: 321, y: -12 };
    const entering = presentIds(2001).filter((id) => id.startsWith("actor:") && !presentIds(2000).includes(id));
    expect(entering).toContain("actor:karzai-government");
    const tidied = tidyCanvas(asTarget(cy), byId, held, opening, around(2000), (year) => () => (year === 2001 ? place : undefined));
    expect(tidied.entered).toBeGreaterThan(0);
    expect(cy.getElementById("relation:iran-cooperates-us").style("display")).toBe("none");
    for (const id of entering) expect(cy.getElementById(id).position()).toEqual(place);
    expect(drawn(cy)).toEqual(drawn(fullCanvas({ ...base, year: 2000 })));
    const next = describeCanvas(model, { ...base, year: 2001 });
    const lines = [...next.lines.keys()].filter((id) => !opening.lines.has(id));
    expect(lines.length).toBeGreaterThan(0);
    for (const id of lines) expect(cy.getElementById(id).style("display")).toBe("none");
    const before = cy.elements().length;
    syncCanvas(asTarget(cy), byId, held, opening, next);
    expect(cy.elements().length).toBe(before);
    expect(drawn(cy)).toEqual(drawn(fullCanvas({ ...base, year: 2001 })));
  });

  it("a second tidy of the same view changes nothing", () => {
    const { cy, held, shown } = scrubbed(1995, 2012, 2001);
    tidyCanvas(asTarget(cy), byId, held, shown, around(2001));
    expect(tidyCanvas(asTarget(cy), byId, held, shown, around(2001))).toEqual({ removed: 0, entered: 0 });
  });

  it("any sequence of states and tidies draws what a canvas holding every element draws, and holds only what it lists", () => {
    fc.assert(
      fc.property(fc.array(readerStep, { minLength: 1, maxLength: 8 }), (steps) => {
        const { cy, last } = played(steps, true, (cy, held) => expect(cy.elements().length).toBe(held.ids.size));
        expect(drawn(cy)).toEqual(drawn(fullCanvas(last)));
      }),
      { seed: 20261203, numRuns: 150 },
    );
  }, 30_000);
});
