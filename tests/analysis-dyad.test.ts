import { describe, expect, it } from "vitest";
import { dyadRelations } from "@/lib/view";
import { viewModel } from "./view-fixture";

describe("dyadRelations", () => {
  it("lists every relation between two actors across all years, in either direction, by start", () => {
    const row = dyadRelations(viewModel, "iran", "taliban");
    expect(row?.counterpart.id).toBe("taliban");
    expect(row?.relations.map((r) => [r.description.relation.id, r.years.from, r.years.to])).toEqual([
      ["iran-enemy-taliban", 1996, 2001],
      // An unknown end continues, not attested since 2018, to the horizon (here the data's present), as on the map.
      ["iran-trains-taliban", 2018, 2023],
      ["iran-supports-taliban", 2021, 2023],
    ]);
  });

  it("reads the same from either side", () => {
    const there = dyadRelations(viewModel, "iran", "taliban")?.relations.map((r) => r.description.relation.id);
    const back = dyadRelations(viewModel, "taliban", "iran")?.relations.map((r) => r.description.relation.id);
    expect(back).toEqual(there);
    expect(dyadRelations(viewModel, "taliban", "iran")?.counterpart.id).toBe("iran");
  });

  it("carries the dispute ids that mark a span as disputed", () => {
    const row = dyadRelations(viewModel, "iran", "us");
    expect(row?.relations.map((r) => [r.description.relation.id, r.disputeIds])).toEqual([
      // Same years (2001): by type name.
      ["iran-cooperates-us", ["iran-help-2001"]],
      ["iran-opposes-us", ["iran-help-2001"]],
    ]);
  });

  it("is null for a pair that never had a relation, or an unknown actor", () => {
    expect(dyadRelations(viewModel, "us", "taliban")).toBeNull();
    expect(dyadRelations(viewModel, "nobody", "iran")).toBeNull();
  });
});
