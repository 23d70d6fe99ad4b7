import { describe, expect, it } from "vitest";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { balanceSeries, findTriads, memoPerModel, signedPairsAt, triadsAt, type SignedPair } from "@/lib/analysis";
import { actor, dataset, relation, source } from "./fixtures/builders";

// 2000: a–b friends, b–c friends, a–c enemies → {a,b,c} has one hostile tie: unbalanced.
//       a–d and b–d enemies → {a,b,d}: two hostile ties (the enemy of my friend is my enemy): balanced.
//       a–e allies AND enemies → contested; b–e allies → {a,b,e} contested.
//       c–e only negotiate (sign 0) → no pair, so {b,c,e} and {a,c,e} are not triads.
// 2001: a–b only (still friends) → no triad: a gap in the series.
// 2002: f, g, h all enemies → three hostile ties: unbalanced.
const model = buildAllianceModel(
  dataset({
    actors: ["a", "b", "c", "d", "e", "f", "g", "h"].map((id) => actor(id)),
    sources: [source("s1", { published: { date: "2002", approximate: false } })],
    relations: [
      relation("a-ally-b", "a", "b", { type: "ally", start: "2000", end: "2001" }),
      relation("b-ally-c", "b", "c", { type: "ally", start: "2000", end: "2000" }),
      relation("a-enemy-c", "a", "c", { type: "enemy", start: "2000", end: "2000" }),
      relation("a-attacks-d", "a", "d", { type: "attacks", start: "2000", end: "2000" }),
      relation("d-enemy-b", "d", "b", { type: "enemy", start: "2000", end: "2000" }),
      relation("a-ally-e", "a", "e", { type: "ally", start: "2000", end: "2000" }),
      relation("e-enemy-a", "e", "a", { type: "enemy", start: "2000", end: "2000" }),
      relation("b-funds-e", "b", "e", { type: "funds", start: "2000", end: "2000" }),
      relation("c-negotiates-e", "c", "e", { type: "negotiates", start: "2000", end: "2000" }),
      relation("f-enemy-g", "f", "g", { type: "enemy", start: "2002", end: "2002" }),
      relation("g-enemy-h", "g", "h", { type: "enemy", start: "2002", end: "2002" }),
      relation("h-clashes-f", "h", "f", { type: "clashes", start: "2002", end: "2002" }),
    ],
  }),
);

describe("signedPairsAt", () => {
  const pairs = signedPairsAt(model, 2000);
  it.each([
    ["a|b", 1, ["a-ally-b"], []],
    ["a|c", -1, [], ["a-enemy-c"]],
    ["a|d", -1, [], ["a-attacks-d"]],
    ["b|d", -1, [], ["d-enemy-b"]],
    ["a|e", "contested", ["a-ally-e"], ["e-enemy-a"]],
    ["b|e", 1, ["b-funds-e"], []],
  ])("%s has sign %s", (key, sign, positive, negative) => {
    expect(pairs.get(key)).toMatchObject({ sign, positive, negative });
  });

  it("leaves out pairs joined only by neutral relations, and years' other pairs", () => {
    expect(pairs.has("c|e")).toBe(false);
    expect([...pairs.keys()].sort()).toEqual(["a|b", "a|c", "a|d", "a|e", "b|c", "b|d", "b|e"]);
  });
});

describe("triadsAt", () => {
  it.each([
    [2000, [["a,b,c", "unbalanced", 1], ["a,b,d", "balanced", 2], ["a,b,e", "contested", 0]]],
    [2001, []],
    [2002, [["f,g,h", "unbalanced", 3]]],
    [1999, []],
  ] as const)("in %i", (year, expected) => {
    const triads = triadsAt(model, year).map((triad) => [triad.actors.join(","), triad.status, triad.hostileTies]);
    expect(triads).toEqual(expected);
  });

  it("names the three pairs of each triad with their relations", () => {
    const triad = triadsAt(model, 2000).find((t) => t.status === "contested");
    expect(triad?.pairs.map((pair) => pair.key)).toEqual(["a|b", "a|e", "b|e"]);
  });
});

describe("findTriads on hand-made pairs", () => {
  const pair = (a: string, b: string, sign: SignedPair["sign"]): SignedPair => ({ key: `${a}|${b}`, actors: [a, b], sign, positive: [], negative: [], contest: null });
  it.each([
    ["+ + +", [1, 1, 1], "balanced"],
    ["+ + −", [1, 1, -1], "unbalanced"],
    ["+ − −", [1, -1, -1], "balanced"],
    ["− − −", [-1, -1, -1], "unbalanced"],
    ["− − contested", [-1, -1, "contested"], "contested"],
  ] as const)("%s is %s", (_name, signs, status) => {
    const pairs = new Map([pair("x", "y", signs[0]), pair("x", "z", signs[1]), pair("y", "z", signs[2])].map((p) => [p.key, p]));
    expect(findTriads(pairs).map((t) => t.status)).toEqual([status]);
  });

  it("finds each triangle of a 4-clique once", () => {
    const ids = ["p", "q", "r", "s"];
    const pairs = new Map<string, SignedPair>();
    for (const a of ids) for (const b of ids) if (a < b) pairs.set(`${a}|${b}`, pair(a, b, 1));
    expect(findTriads(pairs).map((t) => t.actors.join(""))).toEqual(["pqr", "pqs", "prs", "qrs"]);
  });
});

describe("balanceSeries", () => {
  it("gives each year's counts and balanced share, with null where nothing can be classified", () => {
    const series = balanceSeries(model);
    expect(series.map((y) => y.year)).toEqual([2000, 2001, 2002]);
    expect(series).toEqual([
      // 1 balanced of 2 classifiable (the contested one is counted apart): 0.5.
      { year: 2000, balanced: 1, unbalanced: 1, contested: 1, share: 0.5 },
      { year: 2001, balanced: 0, unbalanced: 0, contested: 0, share: null },
      { year: 2002, balanced: 0, unbalanced: 1, contested: 0, share: 0 },
    ]);
  });

  it("is computed once per model when memoised", () => {
    let runs = 0;
    const cached = memoPerModel((m: typeof model) => {
      runs += 1;
      return balanceSeries(m);
    });
    expect(cached(model)).toBe(cached(model));
    expect(runs).toBe(1);
  });
});
