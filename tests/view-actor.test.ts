import { describe, expect, it } from "vitest";
import type { Lifespan } from "@/lib/schema";
import { actorFamily, actorKindLabel, assignLanes, axisTicks, barPosition, describeLifespan, relationsByCounterpart, yearInsideSpan, yearPosition } from "@/lib/view";
import { viewModel } from "./view-fixture";

describe("relationsByCounterpart", () => {
  it("groups an actor's relations by counterpart: rows by first year then name, relations by start then type", () => {
    const rows = relationsByCounterpart(viewModel, "iran");
    expect(rows.map((row) => [row.counterpart.id, row.firstYear, row.relations.map((r) => r.description.relation.id)])).toEqual([
      ["northern-alliance", 1996, ["na-ally-iran"]],
      ["taliban", 1996, ["iran-enemy-taliban", "iran-trains-taliban", "iran-supports-taliban"]],
      ["us", 2001, ["iran-cooperates-us", "iran-opposes-us"]],
      ["karzai-government", 2010, ["iran-funds-karzai"]],
    ]);
  });

  it("finds relations where the actor is the target, with years and disputes", () => {
    const [row] = relationsByCounterpart(viewModel, "us");
    expect(row?.counterpart.id).toBe("iran");
    expect(row?.relations.map((r) => [r.description.relation.id, r.years, r.disputeIds])).toEqual([
      ["iran-cooperates-us", { from: 2001, to: 2001 }, ["iran-help-2001"]],
      ["iran-opposes-us", { from: 2001, to: 2001 }, ["iran-help-2001"]],
    ]);
  });

  it("is empty for an actor with no relations or an unknown id", () => {
    expect(relationsByCounterpart(viewModel, "jamiat")).toEqual([]);
    expect(relationsByCounterpart(viewModel, "nope")).toEqual([]);
  });
});

describe("actorFamily", () => {
  it.each([
    ["jamiat", { parent: "northern-alliance", predecessor: null, children: [], successors: [] }],
    ["northern-alliance", { parent: null, predecessor: null, children: ["jamiat"], successors: [] }],
    ["karzai-government", { parent: null, predecessor: null, children: [], successors: ["ghani-government"] }],
    ["ghani-government", { parent: null, predecessor: "karzai-government", children: [], successors: [] }],
  ])("%s", (id, expected) => {
    const family = actorFamily(viewModel, id);
    expect({
      parent: family.parent?.id ?? null,
      predecessor: family.predecessor?.id ?? null,
      children: family.children.map((a) => a.id),
      successors: family.successors.map((a) => a.id),
    }).toEqual(expected);
  });
});

describe("describeLifespan and actorKindLabel", () => {
  it.each<[Lifespan, string]>([
    [{ start: "1994", end: "ongoing" }, "since 1994"],
    [{ start: "1996", end: "2001-12" }, "1996 – December 2001"],
    [{ start: "unknown", end: "2001" }, "start not stated – 2001"],
    [{ start: "2014-06-29", end: "unknown" }, "29 June 2014 – end not stated"],
    [{ start: "unknown", end: "ongoing" }, "start not stated, still exists"],
  ])("%j reads %s", (lifespan, text) => {
    expect(describeLifespan(lifespan)).toBe(text);
  });

  it("labels kinds", () => {
    expect(actorKindLabel("armed-group")).toBe("Armed group");
    expect(actorKindLabel("international-organization")).toBe("International organization");
  });
});

describe("timeline geometry", () => {
  const axis = { first: 1990, last: 1999 };

  it.each([
    [{ from: 1990, to: 1999 }, { left: 0, width: 100 }],
    [{ from: 1995, to: 1995 }, { left: 50, width: 10 }],
    [{ from: 1980, to: 1991 }, { left: 0, width: 20 }],
    [{ from: 1998, to: 2010 }, { left: 80, width: 20 }],
    [{ from: 2000, to: 2001 }, { left: 0, width: 0 }],
  ])("bar %j sits at %j", (span, position) => {
    expect(barPosition(span, axis)).toEqual(position);
  });

  it.each([
    [1990, 5],
    [1999, 95],
    [1989, null],
    [2000, null],
  ])("year %i is marked at %j%", (year, position) => {
    expect(yearPosition(year, axis)).toBe(position);
  });

  it("marks year zero like any year", () => {
    expect(yearPosition(0, { first: 0, last: 1 })).toBe(25);
    expect(barPosition({ from: 0, to: 0 }, { first: 0, last: 1 })).toEqual({ left: 0, width: 50 });
  });

  it.each([
    [{ first: 1979, last: 2023 }, 6, [1980, 1990, 2000, 2010, 2020]],
    [{ first: 2001, last: 2005 }, 10, [2001, 2002, 2003, 2004, 2005]],
    [{ first: 1900, last: 2023 }, 4, [1900, 1950, 2000]],
  ])("ticks on %j (at most %i)", (years, max, ticks) => {
    expect(axisTicks(years, max)).toEqual(ticks);
  });

  it.each([
    [2000, 2000],
    [1996, 1996],
    [2001, 2001],
    [2010, 1996],
    [1990, 1996],
  ])("selected year %i opens the 1996–2001 relation at %i", (selected, expected) => {
    expect(yearInsideSpan({ from: 1996, to: 2001 }, selected)).toBe(expected);
  });
});

describe("assignLanes", () => {
  it.each([
    ["none", [], [], 0],
    ["disjoint spans share a lane", [{ from: 1996, to: 2001 }, { from: 2018, to: 2018 }, { from: 2021, to: 2023 }], [0, 0, 0], 1],
    ["overlaps stack", [{ from: 1996, to: 2001 }, { from: 2001, to: 2001 }, { from: 2000, to: 2005 }], [0, 1, 2], 3],
    ["a freed lane is reused", [{ from: 1990, to: 1995 }, { from: 1992, to: 1993 }, { from: 1994, to: 1999 }], [0, 1, 1], 2],
    ["touching years overlap (years are inclusive)", [{ from: 1990, to: 1995 }, { from: 1995, to: 1996 }], [0, 1], 2],
  ])("%s", (_name, spans, lanes, laneCount) => {
    expect(assignLanes(spans)).toEqual({ lanes, laneCount });
  });

  it("stacks an actor's two relations to one counterpart in the same year", () => {
    const [row] = relationsByCounterpart(viewModel, "us");
    expect(assignLanes(row?.relations.map((r) => r.years) ?? [])).toEqual({ lanes: [0, 1], laneCount: 2 });
  });
});
