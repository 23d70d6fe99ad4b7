import { describe, expect, it } from "vitest";
import { datasetYears } from "@/lib/time/dataset-years";
import { actorYears, relationYears, spanContains } from "@/lib/time/year-span";
import { relation, source } from "./fixtures/builders";

describe("relation years", () => {
  it.each([
    ["month precision counts in its year", "2001-10", "2002-03", { from: 2001, to: 2002 }],
    ["a one-day relation covers one year", "2021-08-15", "2021-08-15", { from: 2021, to: 2021 }],
    ["ongoing runs to the present year", "2018", "ongoing", { from: 2018, to: 2023 }],
    ["unknown end is shown only in its start year", "2018", "unknown", { from: 2018, to: 2018 }],
    ["year zero is a year like any other", "0000", "0002", { from: 0, to: 2 }],
  ] as const)("%s", (_name, start, end, expected) => {
    expect(relationYears({ start, end }, 2023)).toEqual(expected);
  });

  it("keeps an ongoing relation that starts in the present year", () => {
    expect(relationYears({ start: "2023", end: "ongoing" }, 2023)).toEqual({ from: 2023, to: 2023 });
  });
});

describe("actor years", () => {
  it.each([
    ["no lifespan: always", undefined, { from: -Infinity, to: Infinity }],
    ["known both ends", { start: "1994", end: "2001-12" }, { from: 1994, to: 2001 }],
    ["unknown start, ongoing", { start: "unknown", end: "ongoing" }, { from: -Infinity, to: Infinity }],
    ["unknown end stays open", { start: "2014-06-13", end: "unknown" }, { from: 2014, to: Infinity }],
  ] as const)("%s", (_name, lifespan, expected) => {
    expect(actorYears({ lifespan })).toEqual(expected);
  });

  it("contains its bounds", () => {
    expect(spanContains({ from: 1994, to: 2001 }, 1994)).toBe(true);
    expect(spanContains({ from: 1994, to: 2001 }, 2001)).toBe(true);
    expect(spanContains({ from: 1994, to: 2001 }, 2002)).toBe(false);
  });
});

describe("dataset years", () => {
  it("runs from the first relation start to the latest date any record or source names", () => {
    const years = datasetYears({
      relations: [relation("r1", "a", "b", { start: "1993", end: "2001" }), relation("r2", "a", "b", { start: "1998", end: "ongoing" })],
      sources: [source("s1", { published: { date: "2023-05", approximate: true } })],
    });
    expect(years).toEqual({ first: 1993, last: 2023 });
  });

  it("refuses a dataset without relations, naming the module", () => {
    expect(() => datasetYears({ relations: [], sources: [] })).toThrow(/dataset-years/);
  });
});
