import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { centralityAt, centralityOf, mostConnected } from "@/lib/analysis/centrality";
import { actor, dataset, relation, source } from "./fixtures/builders";

function graphOf(edges: [string, string][]): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const [a, b] of edges) graph.mergeEdge(a, b);
  return graph;
}

describe("centralityOf", () => {
  // Star: the hub lies between each of the 3 pairs of leaves (3 choose 2 = 3).
  // Path p1–p2–p3–p4: p2 lies between p1–p3 and p1–p4 (2), p3 between p1–p4 and p2–p4 (2).
  // Square q1–q2–q3–q4–q1: each corner is one of two shortest paths between its two neighbours: 1/2.
  it.each([
    ["star", [["hub", "l1"], ["hub", "l2"], ["hub", "l3"]], { hub: [3, 3], l1: [1, 0], l2: [1, 0], l3: [1, 0] }],
    ["path", [["p1", "p2"], ["p2", "p3"], ["p3", "p4"]], { p1: [1, 0], p2: [2, 2], p3: [2, 2], p4: [1, 0] }],
    ["square", [["q1", "q2"], ["q2", "q3"], ["q3", "q4"], ["q4", "q1"]], { q1: [2, 0.5], q2: [2, 0.5], q3: [2, 0.5], q4: [2, 0.5] }],
  ] as const)("%s", (_name, edges, expected) => {
    const result = centralityOf(graphOf(edges.map(([a, b]) => [a, b])));
    const actual = Object.fromEntries([...result].map(([node, value]) => [node, [value.degree, value.betweenness]]));
    expect(actual).toEqual(expected);
  });
});

it("gives nothing for an empty graph rather than failing", () => {
  expect(centralityOf(new UndirectedGraph()).size).toBe(0);
});

describe("centralityAt", () => {
  // 2000: hub has three relations with a (counted once), a neutral one with b, a hostile one with c;
  // lone is on the map but has no relation. Self-loops never count.
  const model = buildAllianceModel(
    dataset({
      actors: [actor("hub"), actor("a"), actor("b"), actor("c"), actor("lone", { lifespan: { start: "1990", end: "2010" } })],
      sources: [source("s1", { published: { date: "2000", approximate: false } })],
      relations: [
        relation("hub-ally-a", "hub", "a", { type: "ally", start: "2000", end: "2000" }),
        relation("hub-funds-a", "hub", "a", { type: "funds", start: "2000", end: "2000" }),
        relation("a-enemy-hub", "a", "hub", { type: "enemy", start: "2000", end: "2000" }),
        relation("hub-negotiates-b", "hub", "b", { type: "negotiates", start: "2000", end: "2000" }),
        relation("hub-attacks-c", "hub", "c", { type: "attacks", start: "2000", end: "2000" }),
        relation("c-self", "c", "c", { type: "enemy", start: "2000", end: "2000" }),
      ],
    }),
  );

  it("counts counterparts, not relations, over every sign", () => {
    const result = centralityAt(model, 2000);
    expect(result.get("hub")).toEqual({ degree: 3, betweenness: 3 });
    expect(result.get("a")).toEqual({ degree: 1, betweenness: 0 });
    expect(result.get("c")).toEqual({ degree: 1, betweenness: 0 });
    expect(result.get("lone")).toEqual({ degree: 0, betweenness: 0 });
  });

  it("is empty for a year outside the data", () => {
    expect(centralityAt(model, 1900).size).toBe(0);
  });

  it("ranks the most connected, leaving out actors without relations", () => {
    expect(mostConnected(centralityAt(model, 2000), 10).map((r) => r.actorId)).toEqual(["hub", "a", "b", "c"]);
    expect(mostConnected(centralityAt(model, 2000), 1).map((r) => r.actorId)).toEqual(["hub"]);
    expect(mostConnected(centralityAt(model, 2000), 0)).toEqual([]);
  });
});
