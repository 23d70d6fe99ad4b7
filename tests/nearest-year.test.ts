import { describe, expect, it } from "vitest";
import { nearestYearInSpans, viewContextOf, yearShowingSelection } from "@/lib/view-state";
import { viewModel } from "./view-fixture";

describe("nearestYearInSpans", () => {
  it.each([
    [[{ from: 2001, to: 2003 }], 2002, 2002],
    [[{ from: 2001, to: 2003 }], 1990, 2001],
    [[{ from: 1996, to: 1998 }, { from: 2010, to: 2012 }], 2004, 1998],
    [[{ from: 1996, to: 1998 }, { from: 2010, to: 2012 }], 2005, 2010],
    [[{ from: 2000, to: 2000 }, { from: 2004, to: 2004 }], 2002, 2000],
    [[{ from: 2005, to: 2001 }], 2003, null],
    [[], 2003, null],
  ])("in %j the nearest to %i is %j", (spans, year, expected) => {
    expect(nearestYearInSpans(spans, year)).toBe(expected);
  });
});

describe("choosing an actor the year does not show", () => {
  const context = viewContextOf(viewModel);

  it("moves to the nearest year with one of its relations, not just into its lifespan", () => {
    // Karzai government lives 2001–2014 in the fixture, but its only relation is in 2010.
    expect(yearShowingSelection(context, { kind: "actor", id: "karzai-government" }, 1999)).toBe(2010);
    expect(yearShowingSelection(context, { kind: "actor", id: "karzai-government" }, 2023)).toBe(2010);
  });

  it("keeps a year inside the actor's span", () => {
    expect(yearShowingSelection(context, { kind: "actor", id: "karzai-government" }, 2005)).toBe(2005);
  });
});
