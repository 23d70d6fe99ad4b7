import { describe, expect, it } from "vitest";
import { dyadAlignments } from "@/lib/analysis";
import { buildAllianceModel } from "@/lib/graph";
import { describeRelationParts, disputeSides } from "@/lib/view";
import { busiestYear } from "@/lib/view-state";
import { claim, dataset, relation, source } from "./fixtures/builders";

// Deliberate bugs that once survived the whole suite (issue "One pipeline and one canvas applier"):
// each test here fails if its bug comes back. The canvas one is in tests/canvas.test.ts.

describe("the busiest year opens the map, the earliest on a tie", () => {
  it("picks 2001 over 2003 when both hold two relations", () => {
    const model = buildAllianceModel(
      dataset({
        relations: [
          relation("a-b-2001", "a", "b", { start: "2001", end: "2001" }),
          relation("b-c-2001", "b", "c", { start: "2001", end: "2001" }),
          relation("a-c-2002", "a", "c", { start: "2002", end: "2002" }),
          relation("a-b-2003", "a", "b", { start: "2003", end: "2003" }),
          relation("b-c-2003", "b", "c", { start: "2003", end: "2003" }),
        ],
      }),
    );
    expect(busiestYear(model)).toBe(2001);
  });

  it("a later, strictly busier year wins", () => {
    const model = buildAllianceModel(
      dataset({
        relations: [relation("a-b-2001", "a", "b", { start: "2001", end: "2001" }), relation("a-b-2003", "a", "b", { start: "2003", end: "2003" }), relation("b-c-2003", "b", "c", { start: "2003", end: "2003" })],
      }),
    );
    expect(busiestYear(model)).toBe(2003);
  });
});

describe("a neutral relation is never counted as hostile in a dyad", () => {
  it("talks between a third actor and one of the pair give no 'enemy of my enemy'", () => {
    const model = buildAllianceModel(
      dataset({
        relations: [
          relation("a-ally-c", "a", "c", { type: "ally", start: "2001", end: "2001" }),
          relation("c-negotiates-b", "c", "b", { type: "negotiates", start: "2001", end: "2001" }),
        ],
      }),
    );
    expect(dyadAlignments(model, "a", "b")).toEqual([]);
    const hostile = buildAllianceModel(
      dataset({ relations: [relation("a-ally-c", "a", "c", { type: "ally", start: "2001", end: "2001" }), relation("c-enemy-b", "c", "b", { type: "enemy", start: "2001", end: "2001" })] }),
    );
    expect(dyadAlignments(hostile, "a", "b").map((x) => x.third)).toEqual(["c"]);
  });
});

describe("a dispute with two sides on one relation is listed once", () => {
  it("in the graph and in the citation panel's dispute sides", () => {
    const model = buildAllianceModel(
      dataset({
        sources: [source("s1"), source("s2")],
        relations: [relation("a-b", "a", "b", { claims: [claim({ source: "s1" }), claim({ source: "s2", quote: "Another report." })] })],
        disputes: [{ id: "d1", question: "Were they allies?", sides: [{ relation: "a-b", source: "s1", position: "Yes" }, { relation: "a-b", source: "s2", position: "No" }] }],
      }),
    );
    expect(model.graph.getEdgeAttribute("a-b", "disputes")).toEqual(["d1"]);
    expect(describeRelationParts(model, "a-b").relation.id).toBe("a-b");
    expect(disputeSides(model, "a-b").map((dispute) => dispute.dispute.id)).toEqual(["d1"]);
  });
});
