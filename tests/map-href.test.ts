import { describe, expect, it } from "vitest";
import { mapHref, queryStringOf, viewContextOf } from "@/lib/view-state";
import { viewModel } from "./view-fixture";

const context = viewContextOf(viewModel);

describe("mapHref: back to the map from a source page", () => {
  it.each([
    ["", "/"],
    ["?year=2001&relation=iran-cooperates-us", "/?year=2001&relation=iran-cooperates-us"],
    ["?year=2010&types=funds,ally&source=s2", "/?year=2010&types=ally,funds&source=s2"],
    // Only what the map understands goes back: a foreign or bad parameter is dropped, a bad year defaulted.
    ["?year=2001&utm=x&relation=%3Cscript%3E", "/?year=2001"],
    ["?year=abc&actor=iran", `/?year=${context.defaultYear}&actor=iran`],
    ["?year=2001&actor=iran&analysis=dyad&dyad=iran,us", "/?year=2001&actor=iran&dyad=iran,us"],
  ])("%s leads to %s", (query, href) => {
    expect(mapHref(query, context)).toBe(href);
  });

  it("selects a relation the source supports, keeping the view's filters, at a year it holds in", () => {
    expect(mapHref("?year=2021&types=funds,cooperates&actor=iran", context, { kind: "relation", id: "iran-cooperates-us" })).toBe("/?year=2001&relation=iran-cooperates-us&types=cooperates,funds");
    expect(mapHref("", context, { kind: "relation", id: "iran-funds-karzai" })).toBe("/?year=2010&relation=iran-funds-karzai");
  });
});

describe("queryStringOf", () => {
  it.each([
    [{}, ""],
    [{ year: "2001", relation: undefined }, "?year=2001"],
    [{ types: ["ally", "funds"], year: "2001" }, "?types=ally&types=funds&year=2001"],
  ])("%j is %j", (params, query) => {
    expect(queryStringOf(params)).toBe(query);
  });
});
