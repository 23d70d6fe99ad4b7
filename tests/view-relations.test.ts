import { describe, expect, it } from "vitest";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { describeRelation, describeRelationParts, findRelation, mapLinkForRelation, relationRows, relationShortLabel, sortRelationRows } from "@/lib/view";
import { dataset, relation } from "./fixtures/builders";
import { viewModel } from "./view-fixture";

describe("describeRelation", () => {
  it.each([
    ["iran-funds-karzai", "Iran funds Karzai government, 2010"],
    ["iran-enemy-taliban", "Iran is an enemy of Taliban, 1996–2001"],
    ["iran-supports-taliban", "Iran supports Taliban, 2021–present"],
    ["iran-trains-taliban", "Iran trains Taliban, 2018 (end not stated)"],
    ["iran-cooperates-us", "Iran cooperates with United States, 2001"],
    ["na-ally-iran", "Northern Alliance is allied with Iran, 1996–2001"],
  ])("%s reads %s", (id, text) => {
    expect(describeRelation(viewModel, id)).toBe(text);
  });

  it("gives the parts: verb, label, direction and the unknown-end flag", () => {
    expect(describeRelationParts(viewModel, "iran-trains-taliban")).toMatchObject({
      verb: "trains",
      typeLabel: "trains",
      directed: true,
      source: { id: "iran" },
      target: { id: "taliban" },
      span: { endUnknown: true, yearLabel: "2018" },
    });
    expect(describeRelationParts(viewModel, "na-ally-iran")).toMatchObject({ directed: false, typeLabel: "ally" });
  });

  it("handles year zero as a year", () => {
    const model = buildAllianceModel(dataset({ relations: [relation("a-b", "a", "b", { start: "0000", end: "0000" })] }));
    expect(describeRelation(model, "a-b")).toBe("A is allied with B, 0");
  });

  it("throws on an unknown id, which findRelation reports as null", () => {
    expect(() => describeRelation(viewModel, "nope")).toThrow(/no relation "nope"/);
    expect(findRelation(viewModel, "nope")).toBeNull();
  });
});

describe("relationShortLabel", () => {
  it.each([
    ["iran-enemy-taliban", false, "Iran enemy Taliban 1996–2001"],
    ["iran-trains-taliban", false, "Iran trains Taliban 2018 (end not stated)"],
    ["iran-supports-taliban", false, "Iran supports Taliban 2021–present"],
    ["iran-opposes-us", true, "Iran opposes United States 2001 (disputed)"],
  ] as const)("%s (disputed: %s) reads %s", (id, disputed, label) => {
    expect(relationShortLabel(describeRelationParts(viewModel, id), disputed)).toBe(label);
  });
});

describe("relationRows", () => {
  const rows = relationRows(viewModel, viewModel.dataset.relations);

  it.each([
    ["iran-cooperates-us", 2, true],
    ["iran-opposes-us", 1, true],
    ["iran-enemy-taliban", 1, false],
  ])("%s: %i distinct source(s), disputed %s", (id, sourceCount, disputed) => {
    expect(rows.find((row) => row.id === id)).toMatchObject({ sourceCount, disputed });
  });

  it("counts a source once however many claims cite it", () => {
    const model = buildAllianceModel(dataset({ relations: [relation("a-b", "a", "b", { claims: [{ source: "s1", quote: "One.", evidence: "fact" }, { source: "s1", quote: "Two.", evidence: "fact" }] })] }));
    expect(relationRows(model, model.dataset.relations)[0]?.sourceCount).toBe(1);
  });

  it.each([
    ["span", "ascending", ["iran-enemy-taliban", "na-ally-iran", "iran-cooperates-us", "iran-opposes-us", "iran-funds-karzai", "iran-trains-taliban", "iran-supports-taliban"]],
    ["sources", "descending", ["iran-cooperates-us"]],
    ["disputed", "descending", ["iran-cooperates-us", "iran-opposes-us"]],
    ["source", "descending", ["na-ally-iran"]],
    ["target", "ascending", ["na-ally-iran", "iran-funds-karzai"]],
    ["type", "ascending", ["na-ally-iran", "iran-cooperates-us", "iran-enemy-taliban", "iran-funds-karzai"]],
  ] as const)("sorts by %s %s", (key, direction, firstIds) => {
    const sorted = sortRelationRows(rows, key, direction).map((row) => row.id);
    expect(sorted.slice(0, firstIds.length)).toEqual(firstIds);
    expect(sorted).toHaveLength(rows.length);
  });
});

describe("mapLinkForRelation", () => {
  it.each([
    ["iran-enemy-taliban", null, "/?relation=iran-enemy-taliban&year=1996"],
    ["iran-enemy-taliban", 2000, "/?relation=iran-enemy-taliban&year=2000"],
    ["iran-enemy-taliban", 2010, "/?relation=iran-enemy-taliban&year=1996"],
    ["iran-supports-taliban", 2023, "/?relation=iran-supports-taliban&year=2023"],
  ] as const)("%s near %s links to %s", (id, year, href) => {
    expect(mapLinkForRelation(viewModel, id, year)).toBe(href);
  });
});
