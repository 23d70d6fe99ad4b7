import { describe, expect, it } from "vitest";
import { PartialDateSchema } from "@/lib/schema";
import { canPrecede, precisionOf, yearOf } from "@/lib/vocabulary";

describe("partial dates", () => {
  it.each([
    ["2001", true, "year"],
    ["2001-10", true, "month"],
    ["2021-08-15", true, "day"],
    ["0000", true, "year"],
    ["2001-13", false, null],
    ["2001-02-29", false, null],
    ["2000-02-29", true, "day"],
    ["2001-1", false, null],
    ["01", false, null],
    ["2001-10-", false, null],
  ] as const)("%s valid=%s precision=%s", (value, valid, precision) => {
    expect(PartialDateSchema.safeParse(value).success).toBe(valid);
    if (valid) expect(precisionOf(value)).toBe(precision);
  });

  it("takes the year of any precision, year 0 included", () => {
    expect(yearOf("0000")).toBe(0);
    expect(yearOf("2021-08-15")).toBe(2021);
  });

  it.each([
    ["2001", "2001", true],
    ["2001-10", "2001", true],
    ["2001", "2001-01", true],
    ["2001-10-05", "2001-10", true],
    ["2002", "2001-12", false],
    ["2001-11", "2001-10-31", false],
    ["2021-08-15", "2021-08-14", false],
  ] as const)("start %s can precede end %s: %s", (start, end, expected) => {
    expect(canPrecede(start, end)).toBe(expected);
  });
});
