import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { type Bloc } from "@/lib/analysis";
import { actor, dataset, relation, source } from "./fixtures/builders";
import { blocReasons, blocsByYear, detectBlocs, matchBlocs, positiveGraphAt } from "@/lib/analysis/blocs";

// Two obvious blocs: triangles {a,b,c} and {d,e,f} of allies, one friendly bridge c–d.
// a–d are enemies (hostile ties never join a bloc); g–h are allied and at war (contested: no bloc).
const ids = ["a", "b", "c", "d", "e", "f", "g", "h", "x", "y"];
const friendly = [
  ["a", "b"],
  ["b", "c"],
  ["a", "c"],
  ["d", "e"],
  ["e", "f"],
  ["d", "f"],
  ["c", "d"],
];
const model = buildAllianceModel(
  dataset({
    actors: ids.map((id) => actor(id)),
    sources: [source("s1", { published: { date: "2002", approximate: false } })],
    relations: [
      ...friendly.map(([s = "", t = ""]) => relation(`${s}-ally-${t}`, s, t, { type: "ally", start: "2000", end: "2001" })),
      relation("a-enemy-d", "a", "d", { type: "enemy", start: "2000", end: "2001" }),
      relation("g-ally-h", "g", "h", { type: "ally", start: "2000", end: "2000" }),
      relation("g-enemy-h", "g", "h", { type: "enemy", start: "2000", end: "2000" }),
      // 2002: a new pair, unrelated to any earlier bloc.
      relation("x-ally-y", "x", "y", { type: "ally", start: "2002", end: "2002" }),
    ],
  }),
);

describe("positiveGraphAt", () => {
  it("keeps only uncontested friendly pairs", () => {
    const graph = positiveGraphAt(model, 2000);
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(7);
    expect(graph.hasNode("g")).toBe(false);
  });
});

describe("detectBlocs", () => {
  it("finds the two triangles", () => {
    expect(detectBlocs(positiveGraphAt(model, 2000))).toEqual([
      ["a", "b", "c"],
      ["d", "e", "f"],
    ]);
  });

  it("gives the same blocs on every run (seeded)", () => {
    const graph = positiveGraphAt(model, 2000);
    const runs = Array.from({ length: 5 }, () => JSON.stringify(detectBlocs(graph)));
    expect(new Set(runs).size).toBe(1);
  });

  it("has no blocs in a graph without edges, and drops lone actors", () => {
    const graph = new UndirectedGraph();
    graph.addNode("alone");
    expect(detectBlocs(graph)).toEqual([]);
  });
});

describe("matchBlocs", () => {
  const bloc = (id: number, members: string[]): Bloc => ({ id, members });
  it.each([
    ["no history: ids from 0", [], [["a", "b"], ["c", "d"]], [0, 1]],
    ["persisting blocs keep their ids, whatever the order", [bloc(0, ["a", "b", "c"]), bloc(1, ["d", "e"])], [["d", "e", "f"], ["a", "b"]], [1, 0]],
    ["a split: the larger overlap keeps the id, the first bloc on a tie", [bloc(0, ["a", "b", "c", "d"])], [["a", "b"], ["c", "d", "e"]], [0, 1]],
    ["a merge takes the id of the bloc it overlaps most", [bloc(0, ["a", "b"]), bloc(1, ["c", "d", "e"])], [["a", "b", "c", "d", "e"]], [1]],
    ["a new bloc takes an id used neither now nor last year", [bloc(0, ["a", "b"]), bloc(1, ["c", "d"])], [["x", "y"]], [2]],
    ["ids of last year's blocs are not reused by new ones", [bloc(3, ["a", "b"])], [["a", "b"], ["x", "y"]], [3, 0]],
  ] as const)("%s", (_name, previous, current, expected) => {
    const result = matchBlocs(previous, current.map((members) => [...members]));
    expect(result.map((b) => b.id)).toEqual(expected);
    expect(result.map((b) => b.members)).toEqual(current);
  });
});

describe("blocsByYear", () => {
  it("keeps a persisting bloc's id from one year to the next, and numbers a new one afresh", () => {
    const byYear = blocsByYear(model);
    expect(byYear.get(2000)).toEqual([bloc0, bloc1]);
    expect(byYear.get(2001)).toEqual([bloc0, bloc1]);
    // Last year's 0 and 1 are gone, so x–y (matched to nothing) takes the lowest id not used last year.
    expect(byYear.get(2002)).toEqual([{ id: 2, members: ["x", "y"] }]);
  });
});
const bloc0 = { id: 0, members: ["a", "b", "c"] };
const bloc1 = { id: 1, members: ["d", "e", "f"] };

// Hand-worked bloc {p, q, r, s} in 2010: p–q hold by three relations, q–r by two (and r also
// sanctions q: contested, read as friendly because the friendly ties cover more of the year), r–s by one
// (s is weak), and p–s are at odds.
describe("blocReasons", () => {
  const reasons = buildAllianceModel(
    dataset({
      actors: ["p", "q", "r", "s"].map((id) => actor(id)),
      sources: [source("s1", { published: { date: "2010", approximate: false } })],
      relations: [
        relation("p-ally-q", "p", "q", { type: "ally", start: "2010", end: "2010" }),
        relation("p-funds-q", "p", "q", { type: "funds", start: "2010", end: "2010" }),
        relation("q-arms-p", "q", "p", { type: "arms", start: "2010", end: "2010" }),
        relation("q-ally-r", "q", "r", { type: "ally", start: "2010", end: "2010" }),
        relation("r-funds-q", "r", "q", { type: "funds", start: "2010", end: "2010" }),
        relation("r-sanctions-q", "r", "q", { type: "sanctions", start: "2010-03", end: "2010-04" }),
        relation("r-supports-s", "r", "s", { type: "supports", start: "2010", end: "2010" }),
        relation("p-criticizes-s", "p", "s", { type: "criticizes", start: "2010-05", end: "2010-05" }),
      ],
    }),
  );
  const { ties, flags } = blocReasons(reasons, 2010, ["p", "q", "r", "s"]);

  it("lists the friendly ties strongest first, with their relations", () => {
    expect(ties).toEqual([
      { actors: ["p", "q"], relations: ["p-ally-q", "p-funds-q", "q-arms-p"], contested: false },
      { actors: ["q", "r"], relations: ["q-ally-r", "r-funds-q"], contested: true },
      { actors: ["r", "s"], relations: ["r-supports-s"], contested: false },
    ]);
  });

  it("flags the weak, the contested and the hostile members", () => {
    expect(flags).toEqual([
      { actorId: "p", kind: "hostile", with: ["s"], relations: ["p-criticizes-s"] },
      { actorId: "q", kind: "contested", with: ["r"], relations: ["r-sanctions-q"] },
      { actorId: "r", kind: "contested", with: ["q"], relations: ["r-sanctions-q"] },
      { actorId: "s", kind: "weak", with: ["r"], relations: ["r-supports-s"] },
      { actorId: "s", kind: "hostile", with: ["p"], relations: ["p-criticizes-s"] },
    ]);
  });
});
