import { describe, expect, it } from "vitest";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { parseExportQuery } from "@/lib/server/parse-export-query";
import { axisIndex, axisOf, dateParam, momentLabel, momentOnAxis, stepMoment } from "@/lib/time";
import { parseViewState, serializeViewState, viewContextOf, withMoment, type ViewState } from "@/lib/view-state";
import { precisionNoteIn } from "@/lib/view";
import { defaultFilters } from "@/lib/filters";
import { actor, dataset, relation, source } from "./fixtures/builders";

// Years 1996–2023, as in url-state.test.ts.
const model = buildAllianceModel(
  dataset({
    actors: [actor("iran"), actor("taliban"), actor("us")],
    sources: [source("s1", { published: { date: "2023", approximate: false } })],
    relations: [
      relation("iran-enemy-taliban", "iran", "taliban", { type: "enemy", start: "1996", end: "2001" }),
      relation("iran-cooperates-us", "iran", "us", { type: "cooperates", start: "2001-10", end: "2001-12", claims: [{ source: "s1", quote: "A and B were allies.", evidence: "fact" }] }),
    ],
  }),
);
const context = viewContextOf(model);

describe("a month in the URL", () => {
  it.each([
    ["?date=2001-10", 2001, 10, []],
    ["?date=2001", 2001, undefined, []],
    ["?year=2001", 2001, undefined, []],
    // date wins over an older year parameter.
    ["?year=1999&date=2001-10", 2001, 10, []],
    ["?date=2001-13", context.defaultYear, undefined, ["“2001-13” is not a date"]],
    ["?date=2001-1", context.defaultYear, undefined, ["is not a date"]],
    ["?date=1900-05", context.defaultYear, undefined, ["not May 1900"]],
  ] as const)("%s opens %s, month %s", (query, year, month, notices) => {
    const parsed = parseViewState(query, context);
    expect(parsed.state.year).toBe(year);
    expect(parsed.state.month).toBe(month);
    expect(parsed.notices.length).toBe(notices.length);
    notices.forEach((notice, index) => expect(parsed.notices[index]).toContain(notice));
  });

  it("moves the month to the nearest one where a selected relation is drawn, saying so", () => {
    const parsed = parseViewState("?date=2001-03&relation=iran-cooperates-us", context);
    expect(parsed.state).toMatchObject({ year: 2001, month: 10, selection: { kind: "relation", id: "iran-cooperates-us" } });
    expect(parsed.notices).toEqual(["The selected relation is not on the map in March 2001; showing October 2001."]);
    // A month that holds it, or a selection of another kind, keeps the month asked for.
    expect(parseViewState("?date=2001-11&relation=iran-cooperates-us", context).state.month).toBe(11);
    expect(parseViewState("?date=2001-03&actor=us", context).state.month).toBe(3);
  });

  it("writes a month as date=YYYY-MM and a year as year=YYYY, and reads its own links back", () => {
    const inMonth: ViewState = { year: 2001, month: 10, selection: null, filters: defaultFilters() };
    expect(serializeViewState(inMonth)).toBe("?date=2001-10");
    expect(parseViewState(serializeViewState(inMonth), context).state).toEqual(inMonth);
    const inYear = withMoment(inMonth, { year: 2001, month: null });
    expect(serializeViewState(inYear)).toBe("?year=2001");
    expect(inYear.month).toBeUndefined();
  });
});

describe("a month in the API and CLI query", () => {
  it.each([
    ["date=2001-10", { year: 2001, month: 10 }],
    ["date=2001", { year: 2001 }],
    ["year=2001", { year: 2001 }],
  ])("%s cuts %j", (query, scope) => {
    const parsed = parseExportQuery(new URLSearchParams(query), model);
    expect(parsed.ok && { year: parsed.query.scope.year, ...(parsed.query.scope.month === undefined ? {} : { month: parsed.query.scope.month }) }).toEqual(scope);
  });

  it.each([
    ["date=2001-00", "date", "is not a date"],
    ["date=2001-10&year=2001", "date", "either date or year"],
    ["date=1800-01", "date", "outside the data's years"],
  ])("%s is refused, naming %s", (query, parameter, message) => {
    const parsed = parseExportQuery(new URLSearchParams(query), model);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.parameter).toBe(parameter);
      expect(parsed.error).toContain(message);
    }
  });
});

describe("the month axis", () => {
  it("steps across a year's end and back", () => {
    expect(stepMoment({ year: 2001, month: 12 }, 1)).toEqual({ year: 2002, month: 1 });
    expect(stepMoment({ year: 2002, month: 1 }, -1)).toEqual({ year: 2001, month: 12 });
    expect(stepMoment({ year: 2001, month: null }, 1)).toEqual({ year: 2002, month: null });
  });

  it("places every month of the data's years on one axis, and reads them back", () => {
    const axis = axisOf({ first: 1996, last: 2023 }, true);
    expect(axis.max - axis.min + 1).toBe(28 * 12);
    expect(momentOnAxis(axisIndex({ year: 2001, month: 10 }), true)).toEqual({ year: 2001, month: 10 });
    expect(momentOnAxis(axis.min, true)).toEqual({ year: 1996, month: 1 });
    expect(momentLabel({ year: 2001, month: 9 })).toBe("September 2001");
  });

  it("reads date parameters strictly", () => {
    expect(dateParam("2001-10")).toEqual({ year: 2001, month: 10 });
    expect(dateParam("2001")).toEqual({ year: 2001, month: null });
    for (const bad of ["2001-10-01", "2001-1", "2001-13", " 2001", "2001-00"]) expect(dateParam(bad), bad).toBeNull();
  });
});

describe("year precision in a month", () => {
  it.each([
    [{ start: "2001", end: "2002-01" }, { year: 2001, month: 10 }, "Its start is dated to 2001 only"],
    [{ start: "2001", end: "2001" }, { year: 2001, month: 3 }, "Its start and end are dated to 2001 only"],
    [{ start: "2000", end: "2001" }, { year: 2001, month: 3 }, "Its end is dated to 2001 only"],
    [{ start: "2001-10", end: "2002-01" }, { year: 2001, month: 10 }, null],
    [{ start: "2001", end: "2002-01" }, { year: 2001, month: null }, null],
    [{ start: "1980", end: "ongoing" }, { year: 2001, month: 10 }, null],
  ])("%j in %j", (relation, at, expected) => {
    const note = precisionNoteIn(relation, at);
    if (expected === null) expect(note).toBeNull();
    else expect(note).toContain(expected);
  });
});
