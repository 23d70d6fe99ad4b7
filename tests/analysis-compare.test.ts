import { describe, expect, it } from "vitest";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { changesByPair, compareYears } from "@/lib/analysis";
import { actor, dataset, relation, source } from "./fixtures/builders";

// The data's present is 2005 (the source's date), so "ongoing" runs to 2005. Worked by hand with
// the rule of time: an unknown end continues unattested to the horizon (five years on), the
// present, or a later contrary relation of the pair, whichever comes first.
const model = buildAllianceModel(
  dataset({
    actors: [actor("a"), actor("b"), actor("c")],
    sources: [source("s1", { published: { date: "2005", approximate: false } })],
    relations: [
      relation("old", "a", "b", { type: "ally", start: "1990", end: "1995" }),
      relation("ongoing", "a", "b", { type: "enemy", start: "1998", end: "ongoing" }),
      // Attested June 1999, continuing unattested July 1999 to the horizon, 2004.
      relation("unknown-1999", "a", "c", { type: "funds", start: "1999-06", end: "unknown" }),
      // Attested 2003, continuing 2004, closed by the clash of 2005.
      relation("unknown-2003", "b", "c", { type: "arms", start: "2003", end: "unknown" }),
      relation("clash-2005", "b", "c", { type: "clashes", start: "2005", end: "2005" }),
      relation("span", "c", "a", { type: "rival", start: "1999", end: "2003-02" }),
    ],
  }),
);

describe("compareYears", () => {
  it.each([
    // earlier, later: formed, ended (a source ends it), no longer attested (no source ends it), held
    [1999, 2003, ["unknown-2003"], [], ["unknown-1999"], ["ongoing", "span"]],
    [1995, 2003, ["ongoing", "span", "unknown-1999", "unknown-2003"], ["old"], [], []],
    [1995, 1999, ["ongoing", "unknown-1999", "span"], ["old"], [], []],
    [1999, 2001, [], [], ["unknown-1999"], ["ongoing", "span"]],
    [2000, 2001, [], [], [], ["ongoing", "span", "unknown-1999"]],
    [2003, 2005, ["clash-2005"], ["span"], ["unknown-1999", "unknown-2003"], ["ongoing"]],
    [1999, 1999, [], [], [], ["ongoing", "unknown-1999", "span"]],
    [1996, 1997, [], [], [], []],
  ])("%i → %i", (earlier, later, formed, ended, noLongerAttested, held) => {
    const result = compareYears(model, earlier, later);
    expect({ earlier: result.earlier, later: result.later, countsUnattested: result.countsUnattested }).toEqual({ earlier, later, countsUnattested: true });
    expect([...result.formed].sort()).toEqual([...formed].sort());
    expect([...result.ended].sort()).toEqual([...ended].sort());
    expect([...result.noLongerAttested].sort()).toEqual([...noLongerAttested].sort());
    expect([...result.held].sort()).toEqual([...held].sort());
  });

  it.each([
    // Without continuations, a relation counts only in the years a source attests it.
    [2000, 2001, [], [], ["ongoing", "span"]],
    [1999, 2001, [], ["unknown-1999"], ["ongoing", "span"]],
    [1995, 2003, ["ongoing", "span", "unknown-2003"], [], []],
  ])("attested only: %i → %i", (earlier, later, formed, noLongerAttested, held) => {
    const result = compareYears(model, earlier, later, undefined, false);
    expect(result.countsUnattested).toBe(false);
    expect([...result.formed].sort()).toEqual([...formed].sort());
    expect([...result.noLongerAttested].sort()).toEqual([...noLongerAttested].sort());
    expect([...result.held].sort()).toEqual([...held].sort());
  });

  it("does not care which year comes first", () => {
    expect(compareYears(model, 2003, 1999)).toEqual(compareYears(model, 1999, 2003));
  });
});

describe("changesByPair", () => {
  it("groups by unordered pair, pairs with changes first", () => {
    const groups = changesByPair(model, compareYears(model, 1995, 2003));
    expect(groups).toEqual([
      { key: "a|b", actors: ["a", "b"], formed: ["ongoing"], ended: ["old"], noLongerAttested: [], held: [] },
      { key: "a|c", actors: ["a", "c"], formed: ["unknown-1999", "span"], ended: [], noLongerAttested: [], held: [] },
      { key: "b|c", actors: ["b", "c"], formed: ["unknown-2003"], ended: [], noLongerAttested: [], held: [] },
    ]);
  });

  it("lists pairs that only held after the changed ones", () => {
    const groups = changesByPair(model, compareYears(model, 1999, 2001));
    expect(groups.map((g) => [g.key, g.formed.length + g.ended.length + g.noLongerAttested.length, g.held.length])).toEqual([
      ["a|c", 1, 1],
      ["a|b", 0, 1],
    ]);
  });
});
