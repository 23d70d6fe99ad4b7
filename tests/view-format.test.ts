import { describe, expect, it } from "vitest";
import type { Relation } from "@/lib/schema";
import { describeSpan, evidenceLabel, formatPartialDate, formatPublished, safeExternalUrl, sourceKindLabel } from "@/lib/view";

describe("formatPartialDate", () => {
  it.each([
    ["2001", "2001"],
    ["2001-10", "October 2001"],
    ["2021-08-15", "15 August 2021"],
    ["2021-01-01", "1 January 2021"],
    ["0000", "0"],
    ["0000-12", "December 0"],
  ])("%s reads %s", (date, expected) => {
    expect(formatPartialDate(date)).toBe(expected);
  });

  it("refuses what is not a partial date", () => {
    expect(() => formatPartialDate("2001-13")).toThrow(/not a partial date/);
  });
});

describe("formatPublished", () => {
  it.each([
    [{ date: "2010", approximate: true }, "approx. 2010"],
    [{ date: "2021-08-16", approximate: false }, "16 August 2021"],
  ])("%j reads %s", (published, expected) => {
    expect(formatPublished(published)).toBe(expected);
  });
});

describe("describeSpan", () => {
  type Bounds = Pick<Relation, "start" | "end" | "inferred">;
  it.each<[string, Bounds, string, string, { from: number; to: number }]>([
    ["month precision both ends", { start: "2001-10", end: "2001-12" }, "from October 2001 to December 2001", "2001", { from: 2001, to: 2001 }],
    ["years", { start: "1996", end: "2001" }, "from 1996 to 2001", "1996–2001", { from: 1996, to: 2001 }],
    ["mixed precision", { start: "1996-09-27", end: "2001" }, "from 27 September 1996 to 2001", "1996–2001", { from: 1996, to: 2001 }],
    ["ongoing", { start: "2021-08-15", end: "ongoing" }, "since 15 August 2021 (ongoing)", "2021–present", { from: 2021, to: 2023 }],
    ["unknown end", { start: "2018", end: "unknown" }, "2018, end not stated", "2018", { from: 2018, to: 2018 }],
    ["one year", { start: "2010", end: "2010" }, "in 2010", "2010", { from: 2010, to: 2010 }],
    ["one day", { start: "2021-08-15", end: "2021-08-15" }, "on 15 August 2021", "2021", { from: 2021, to: 2021 }],
    ["year zero", { start: "0000", end: "0002" }, "from 0 to 2", "0–2", { from: 0, to: 2 }],
  ])("%s", (_name, bounds, text, yearLabel, years) => {
    const span = describeSpan(bounds, 2023);
    expect(span.text).toBe(text);
    expect(span.yearLabel).toBe(yearLabel);
    expect(span.years).toEqual(years);
  });

  it("flags ongoing and unknown ends, and carries inferred-bound notes", () => {
    expect(describeSpan({ start: "2018", end: "unknown", inferred: { end: "No source says." } }, 2023)).toMatchObject({
      ongoing: false,
      endUnknown: true,
      startPrecision: "year",
      inferred: { start: null, end: "No source says." },
    });
    expect(describeSpan({ start: "2021-08", end: "ongoing" }, 2023)).toMatchObject({ ongoing: true, endUnknown: false, startPrecision: "month" });
  });
});

describe("safeExternalUrl", () => {
  it.each<[string | undefined | null, string | null]>([
    ["https://example.org/a?b=c", "https://example.org/a?b=c"],
    ["http://example.org", "http://example.org/"],
    ["  https://example.org/x  ", "https://example.org/x"],
    ["javascript:alert(1)", null],
    ["JavaScript:alert(1)", null],
    [" javascript:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["ftp://example.org/file", null],
    ["//example.org/protocol-relative", null],
    ["/sources", null],
    ["not a url", null],
    ["", null],
    [undefined, null],
    [null, null],
  ])("%j gives %j", (url, expected) => {
    expect(safeExternalUrl(url)).toBe(expected);
  });
});

describe("evidenceLabel", () => {
  it.each([
    ["fact", "The source states it as fact"],
    ["participant", "A participant's own statement"],
    ["secondhand", "A secondhand report"],
    ["analysis", "Opinion or analysis"],
  ] as const)("%s reads %s", (kind, label) => {
    expect(evidenceLabel(kind)).toBe(label);
  });
});

describe("sourceKindLabel", () => {
  it.each([
    ["news-report", "News report"],
    ["official-statement", "Official statement"],
    ["book", "Book"],
  ] as const)("%s reads %s", (kind, label) => {
    expect(sourceKindLabel(kind)).toBe(label);
  });
});
