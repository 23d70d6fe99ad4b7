import { describe, expect, it } from "vitest";
import { balanceSummary, triadReason, yearRanges, type SignedPair, type Triad, type YearBalance } from "@/lib/analysis";
import { blocEncoding, BLOC_ENCODINGS, canvasStylesheet, CHANGE_ENCODINGS, VIEW_CLASSES } from "@/lib/canvas";
import { analysisOf, withDyad } from "@/lib/view-state";
import { defaultFilters } from "@/lib/filters";

describe("the analysis marks' styles", () => {
  const sheet = canvasStylesheet();
  const selectors = sheet.map((block) => block.selector);
  const index = (selector: string) => selectors.lastIndexOf(selector);

  it("lets the comparison show what the year hides, but never what the filters hide, each rule written once", () => {
    expect(index(".cmp-visible")).toBeGreaterThan(index(`.${VIEW_CLASSES.offYear}`));
    expect(index(`.${VIEW_CLASSES.filteredOut}`)).toBe(sheet.length - 1);
    expect(new Set(selectors).size).toBe(selectors.length);
  });

  it("tells formed, ended and held apart by line as well as colour", () => {
    const lines = Object.values(CHANGE_ENCODINGS).map((e) => `${e.dash.join(",")}/${e.width}/${e.label}`);
    expect(new Set(lines).size).toBe(3);
    expect(new Set(Object.values(CHANGE_ENCODINGS).map((e) => e.color)).size).toBe(3);
  });

  it("wraps bloc ids onto the palette, negative ones too", () => {
    expect(blocEncoding(0).index).toBe(0);
    expect(blocEncoding(BLOC_ENCODINGS.length + 2).index).toBe(2);
    expect(blocEncoding(-1).index).toBe(BLOC_ENCODINGS.length - 1);
  });
});

describe("the balance chart's words", () => {
  it.each([
    [[], ""],
    [[1990], "1990"],
    [[1989, 1990, 1991, 1995, 2023, 2024], "1989–1991, 1995, 2023–2024"],
  ])("yearRanges(%j) = %s", (years, expected) => {
    expect(yearRanges(years)).toBe(expected);
  });

  const year = (y: number, balanced: number, unbalanced: number, contested: number): YearBalance => ({
    year: y,
    balanced,
    unbalanced,
    contested,
    share: balanced + unbalanced === 0 ? null : balanced / (balanced + unbalanced),
  });
  const series = [year(2000, 1, 1, 0), year(2001, 0, 0, 2), year(2002, 3, 0, 0), year(2003, 1, 1, 1)];

  it.each([
    [2000, "2000: 50% balanced (1 of 2). Most strained: 2000, 2003 (50%). No classifiable triads: 2001."],
    [2001, "2001: no triad to classify (2 contested). Most strained: 2000, 2003 (50%). No classifiable triads: 2001."],
    [2003, "2003: 50% balanced (1 of 2; 1 contested). Most strained: 2000, 2003 (50%). No classifiable triads: 2001."],
  ])("summarises %i", (y, expected) => {
    expect(balanceSummary(series, y)).toBe(expected);
  });
});

describe("triadReason", () => {
  const pair = (a: string, b: string, sign: SignedPair["sign"]): SignedPair => ({ key: `${a}|${b}`, actors: [a, b], sign, positive: [], negative: [], contest: null });
  const triad = (signs: SignedPair["sign"][], status: Triad["status"]): Triad => ({
    actors: ["a", "b", "c"],
    pairs: [pair("a", "b", signs[0] ?? 1), pair("a", "c", signs[1] ?? 1), pair("b", "c", signs[2] ?? 1)],
    status,
    hostileTies: signs.filter((s) => s === -1).length,
  });
  it.each([
    [[1, 1, -1], "unbalanced", /one hostile.*unbalanced/],
    [[-1, -1, -1], "unbalanced", /All three ties hostile/],
    [[1, -1, -1], "balanced", /enemy of my enemy is my friend/],
    [[1, "contested", -1], "contested", /^A and C had friendly and hostile relations/],
  ] as const)("%j (%s)", (signs, status, expected) => {
    expect(triadReason(triad([...signs], status), (id) => id.toUpperCase())).toMatch(expected);
  });
});

describe("withDyad", () => {
  it("opens the dyad tab on the two actors and keeps the rest", () => {
    const state = { year: 2001, selection: { kind: "actor" as const, id: "iran" }, filters: defaultFilters() };
    const next = withDyad(state, "iran", "taliban");
    expect(analysisOf(next)).toEqual({ tab: "dyad", compare: null, dyad: { a: "iran", b: "taliban" }, blocColours: false, countUnattested: true, contestRule: "specific" });
    expect(next.selection).toBe(state.selection);
    expect(next.year).toBe(2001);
  });
});
