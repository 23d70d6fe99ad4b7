import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { defaultFilters } from "@/lib/filters";
import { actorsOf, relationsOf, snapshotOf } from "@/lib/snapshot";
import { buildTimeIndex, changeBetween, presentAt } from "@/lib/graph/time-index";
import { actor, dataset, relation, source } from "./fixtures/builders";

// Iran and the Taliban in miniature: enemies, then partners, with a dispute and an unknown end.
const model = buildAllianceModel(
  dataset({
    actors: [actor("iran"), actor("taliban", { lifespan: { start: "1994", end: "ongoing" } }), actor("soviet-union", { lifespan: { start: "1922", end: "1991-12" } }), actor("us")],
    sources: [source("s1", { published: { date: "2023", approximate: true } })],
    relations: [
      relation("iran-enemy-taliban", "iran", "taliban", { type: "enemy", start: "1996-09", end: "2001-12" }),
      relation("iran-supports-taliban", "iran", "taliban", { type: "supports", start: "2021-08-15", end: "ongoing" }),
      relation("iran-trains-taliban", "iran", "taliban", { type: "trains", start: "2018", end: "unknown" }),
      relation("soviet-enemy-us", "soviet-union", "us", { type: "enemy", start: "1979", end: "1991" }),
      relation("iran-cooperates-us", "iran", "us", { type: "cooperates", start: "2001-10", end: "2001-12" }),
      relation("iran-opposes-us", "iran", "us", { type: "opposes", start: "2001", end: "2001" }),
    ],
    disputes: [{ id: "help-2001", question: "Did Iran help?", sides: [{ relation: "iran-cooperates-us", position: "yes" }, { relation: "iran-opposes-us", position: "no" }] }],
  }),
);

const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();

const all = defaultFilters();

describe("snapshotOf", () => {
  it.each([
    [1979, ["iran", "soviet-union", "us"], ["soviet-enemy-us"], []],
    [1991, ["iran", "soviet-union", "us"], ["soviet-enemy-us"], []],
    [1992, ["iran", "us"], [], []],
    [1996, ["iran", "taliban", "us"], ["iran-enemy-taliban"], []],
    [2001, ["iran", "taliban", "us"], ["iran-cooperates-us", "iran-enemy-taliban", "iran-opposes-us"], []],
    [2002, ["iran", "taliban", "us"], [], []],
    [2018, ["iran", "taliban", "us"], ["iran-trains-taliban"], []],
    // The training's end is not stated: it continues, not attested since 2018, to the horizon (2023).
    [2019, ["iran", "taliban", "us"], ["iran-trains-taliban"], ["iran-trains-taliban"]],
    [2021, ["iran", "taliban", "us"], ["iran-supports-taliban", "iran-trains-taliban"], ["iran-trains-taliban"]],
    [2023, ["iran", "taliban", "us"], ["iran-supports-taliban", "iran-trains-taliban"], ["iran-trains-taliban"]],
  ])("in %i shows actors %j and relations %j, of them unattested %j", (year, actors, relations, unattested) => {
    const snapshot = snapshotOf(model, { year, filters: all });
    expect(ids(actorsOf(model, snapshot))).toEqual(actors);
    expect(ids(relationsOf(model, snapshot))).toEqual(relations);
    expect([...snapshot.unattestedIds].sort()).toEqual(unattested);
    expect([...snapshot.attestedRelationIds].sort()).toEqual(relations.filter((id) => !unattested.includes(id)));
  });

  it("is empty outside the data's years", () => {
    expect(snapshotOf(model, { year: 1900, filters: all })).toMatchObject({ actorIds: [], presentRelationIds: [], relationIds: [] });
    expect(snapshotOf(model, { year: 2024, filters: all }).relationIds).toEqual([]);
  });

  it("applies the filters to the year's relations, and keeps every actor", () => {
    const snapshot = snapshotOf(model, { year: 2001, filters: { ...all, types: ["cooperates"] } });
    expect(snapshot.relationIds).toEqual(["iran-cooperates-us"]);
    expect(snapshot.presentRelationIds).toHaveLength(3);
    expect([...snapshot.actorIds].sort()).toEqual(["iran", "taliban", "us"]);
  });

  it("is one object per scope, so stepping back to a year costs nothing", () => {
    expect(snapshotOf(model, { year: 2001, filters: defaultFilters() })).toBe(snapshotOf(model, { year: 2001, filters: all }));
    expect(snapshotOf(model, { year: null, filters: all }).relationIds).toHaveLength(model.graph.size);
  });

  it("spans the data's years, ending at the latest source date", () => {
    expect(model.years).toEqual({ first: 1979, last: 2023 });
  });
});

describe("the alliance graph", () => {
  it("keeps several relations between one pair, directed by type", () => {
    expect(model.graph.edges("iran", "taliban").sort()).toEqual(["iran-enemy-taliban", "iran-supports-taliban", "iran-trains-taliban"]);
    expect(model.graph.isDirected("iran-supports-taliban")).toBe(true);
    expect(model.graph.isUndirected("iran-enemy-taliban")).toBe(true);
  });

  it("marks both sides of a dispute", () => {
    expect(model.graph.getEdgeAttribute("iran-cooperates-us", "disputes")).toEqual(["help-2001"]);
    expect(model.graph.getEdgeAttribute("iran-opposes-us", "disputes")).toEqual(["help-2001"]);
    expect(model.graph.getEdgeAttribute("iran-enemy-taliban", "disputes")).toEqual([]);
  });
});

describe("changeBetween", () => {
  it("finds what forms and breaks between adjacent and distant years", () => {
    expect(changeBetween(model.relationIndex, 2000, 2001)).toEqual({ added: expect.arrayContaining(["iran-cooperates-us", "iran-opposes-us"]), removed: [] });
    expect([...changeBetween(model.relationIndex, 2001, 2002).removed].sort()).toEqual(["iran-cooperates-us", "iran-enemy-taliban", "iran-opposes-us"]);
    expect(changeBetween(model.relationIndex, 2021, 2001)).toEqual({ added: expect.arrayContaining(["iran-enemy-taliban"]), removed: expect.arrayContaining(["iran-supports-taliban", "iran-trains-taliban"]) });
    expect(changeBetween(model.relationIndex, 2017, 2019)).toEqual({ added: ["iran-trains-taliban"], removed: [] });
    expect(changeBetween(model.relationIndex, 2016, 2017)).toEqual({ added: [], removed: [] });
  });

  it("always equals the difference of the two years' snapshots", () => {
    const span = fc.record({ from: fc.integer({ min: 0, max: 30 }), length: fc.integer({ min: 0, max: 10 }) });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 25 }), fc.integer({ min: -2, max: 42 }), fc.integer({ min: -2, max: 42 }), (spans, a, b) => {
        const index = buildTimeIndex(new Map(spans.map((s, i) => [`r${i}`, { from: s.from, to: s.from + s.length }])));
        const before = new Set(presentAt(index, a));
        const after = new Set(presentAt(index, b));
        const change = changeBetween(index, a, b);
        expect([...change.added].sort()).toEqual([...after].filter((id) => !before.has(id)).sort());
        expect([...change.removed].sort()).toEqual([...before].filter((id) => !after.has(id)).sort());
      }),
    );
  });
});
