import { describe, expect, it } from "vitest";
import { contestReason, signedPairsAt, triadsAt } from "@/lib/analysis";
import { buildAllianceModel } from "@/lib/graph";
import { currentModel } from "@/lib/server";
import { everyRelationIn, snapshotOf } from "@/lib/snapshot";
import { actor, dataset, relation } from "./fixtures/builders";

// Hand-worked: the data's present is 2003 (the latest year named), every report dated 2020.
const model = buildAllianceModel(
  dataset({
    actors: [actor("a"), actor("b"), actor("c", { lifespan: { start: "2001-03", end: "2001-05" } })],
    relations: [
      relation("year-precise", "a", "b", { type: "ally", start: "2001", end: "2001" }),
      relation("march-to-may", "a", "b", { type: "supports", start: "2001-03", end: "2001-05" }),
      relation("one-day", "a", "c", { type: "attacks", start: "2001-04-15", end: "2001-04-15" }),
      relation("unended-june", "b", "a", { type: "opposes", start: "2001-06", end: "unknown" }),
      relation("contrary-august", "a", "b", { type: "cooperates", start: "2001-08", end: "2003" }),
    ],
  }),
);
const idsIn = (year: number, month: number | null) => [...snapshotOf(model, everyRelationIn(year, month)).relationIds].sort();

describe("a month's snapshot", () => {
  it.each([
    // month, relations present
    [1, ["year-precise"]],
    [3, ["march-to-may", "year-precise"]],
    [4, ["march-to-may", "one-day", "year-precise"]],
    [6, ["unended-june", "year-precise"]],
    // The June opposition is never ended by a source; the August cooperation closes its continuation.
    [7, ["unended-june", "year-precise"]],
    [8, ["contrary-august", "year-precise"]],
    [12, ["contrary-august", "year-precise"]],
  ] as const)("2001-%s holds %j", (month, expected) => {
    expect(idsIn(2001, month)).toEqual(expected);
  });

  it("counts a year-precise relation in every month of its year, and a whole year holds every relation of its months", () => {
    for (let month = 1; month <= 12; month += 1) expect(idsIn(2001, month)).toContain("year-precise");
    expect(idsIn(2001, null)).toEqual(["contrary-august", "march-to-may", "one-day", "unended-june", "year-precise"]);
  });

  it("marks a continuation unattested in the month it only continues", () => {
    expect([...snapshotOf(model, everyRelationIn(2001, 6)).unattestedIds]).toEqual([]);
    expect([...snapshotOf(model, everyRelationIn(2001, 7)).unattestedIds]).toEqual(["unended-june"]);
  });

  it("shows an actor only in the months it lives or a relation needs it", () => {
    expect(snapshotOf(model, everyRelationIn(2001, 2)).actorIds).not.toContain("c");
    expect(snapshotOf(model, everyRelationIn(2001, 3)).actorIds).toContain("c");
    expect(snapshotOf(model, everyRelationIn(2001, 6)).actorIds).not.toContain("c");
    expect(snapshotOf(model, everyRelationIn(2001, 6)).actorIds).toEqual(expect.arrayContaining(["a", "b"]));
  });
});

describe("the shipped data by month", () => {
  const shipped = currentModel();
  const iranUs = (month: number) =>
    snapshotOf(shipped, everyRelationIn(2001, month))
      .relationIds.filter((id) => [shipped.graph.source(id), shipped.graph.target(id)].sort().join() === "iran,united-states")
      .sort();

  it("shows the Supreme Leader's refusal in September 2001 and the silent alliance, not the refusal, in October", () => {
    expect(iranUs(9)).toContain("iran-opposes-united-states-2001");
    expect(iranUs(9)).not.toContain("iran-cooperates-united-states-2001");
    expect(iranUs(10)).toContain("iran-cooperates-united-states-2001");
    expect(iranUs(10)).not.toContain("iran-opposes-united-states-2001");
  });
});

describe("balance by month in the shipped data", () => {
  const shipped = currentModel();
  const triadIn = (month: number | null) => triadsAt(shipped, { year: 2001, month }).find((t) => t.actors.join() === "iran,taliban,united-states");

  it("reads the October 2001 Iran–Taliban–US triad as balanced, the enemy of my enemy, with its reason", () => {
    const triad = triadIn(10);
    expect(triad?.status).toBe("balanced");
    const pair = signedPairsAt(shipped, { year: 2001, month: 10 }).get("iran|united-states");
    expect(pair?.positive).toContain("iran-cooperates-united-states-2001");
    expect(pair?.negative).not.toContain("iran-opposes-united-states-2001");
    const reason = pair === undefined ? null : contestReason(pair, { year: 2001, month: 10 }, (id) => id, (id) => id);
    expect(reason).toContain("specific to October 2001");
    expect(reason).toContain("iran-enemy-united-states-1980");
  });

  it("counts the September refusal in September's contest, and not in October's", () => {
    expect(signedPairsAt(shipped, { year: 2001, month: 9 }).get("iran|united-states")?.negative).toContain("iran-opposes-united-states-2001");
  });
});
