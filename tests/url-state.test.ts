import { describe, expect, it } from "vitest";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { analysisOf, defaultAnalysis, keepUnchanged, parseViewState, serializeViewState, viewContextOf, wantsLocalDataset, withAllActors, withDatasetParam, withoutDatasetParam, type ViewContext, type ViewState } from "@/lib/view-state";
import { actor, dataset, relation, source } from "./fixtures/builders";
import { ALL_EVIDENCE, ALL_TYPES, defaultFilters } from "@/lib/filters";

// Years 1996–2023: one relation 1996–2001, two in 2001, one 2021–present (2023, the source date).
const model = buildAllianceModel(
  dataset({
    actors: [actor("iran"), actor("taliban", { lifespan: { start: "1994", end: "ongoing" } }), actor("us"), actor("ussr", { lifespan: { start: "1922", end: "1991" } }), actor("isis", { lifespan: { start: "2014", end: "ongoing" } })],
    sources: [source("s1", { published: { date: "2023", approximate: false } }), source("s2")],
    relations: [
      relation("iran-enemy-taliban", "iran", "taliban", { type: "enemy", start: "1996", end: "2001" }),
      relation("iran-cooperates-us", "iran", "us", { type: "cooperates", start: "2001-10", end: "2001-12" }),
      relation("us-enemy-taliban", "us", "taliban", { type: "enemy", start: "2001", end: "2001" }),
      relation("iran-supports-taliban", "iran", "taliban", { type: "supports", start: "2021", end: "ongoing" }),
    ],
  }),
);
const context: ViewContext = viewContextOf(model);

const state = (extra: Partial<ViewState> = {}): ViewState => ({ year: 2001, selection: null, filters: defaultFilters(), ...extra });

describe("the view context", () => {
  it("spans the data and opens on its busiest year", () => {
    expect(context.years).toEqual({ first: 1996, last: 2023 });
    expect(context.defaultYear).toBe(2001);
  });
});

describe("parseViewState", () => {
  it.each([
    ["", state(), 0],
    ["?year=1996", state({ year: 1996 }), 0],
    ["?year=2023", state({ year: 2023 }), 0],
    ["?year=", state(), 0],
    ["?year=abc", state(), 1],
    ["?year=2001.5", state(), 1],
    ["?year=2e3", state(), 1],
    ["?year=-2001", state(), 1],
    ["?year=%202001", state(), 1],
    ["?year=0", state(), 1],
    ["?year=1995", state(), 1],
    ["?year=2024", state(), 1],
    ["?year=99999", state(), 1],
    ["?actor=iran", state({ selection: { kind: "actor", id: "iran" } }), 0],
    ["?relation=nope", state(), 1],
    ["?actor=nobody", state(), 1],
    ["?relation=iran-enemy-taliban&actor=iran", state({ selection: { kind: "relation", id: "iran-enemy-taliban" } }), 1],
    ["?types=enemy,ally", state({ filters: { ...defaultFilters(), types: ["ally", "enemy"] } }), 0],
    ["?types=enemy,enemy,ally,ally", state({ filters: { ...defaultFilters(), types: ["ally", "enemy"] } }), 0],
    ["?types=enemy,friend", state({ filters: { ...defaultFilters(), types: ["enemy"] } }), 1],
    ["?types=friend,foe", state(), 2],
    ["?types=", state({ filters: { ...defaultFilters(), types: [] } }), 0],
    ["?types=ally,,enemy", state({ filters: { ...defaultFilters(), types: ["ally", "enemy"] } }), 0],
    ["?evidence=analysis,fact", state({ filters: { ...defaultFilters(), evidence: ["fact", "analysis"] } }), 0],
    ["?evidence=rumour", state(), 2],
    ["?source=s2", state({ filters: { ...defaultFilters(), source: "s2" } }), 0],
    ["?source=s9", state(), 1],
    ["?colour=red&utm_source=x", state(), 0],
  ])("%s", (search, expected, noticeCount) => {
    const parsed = parseViewState(search, context);
    expect(parsed.state).toEqual(expected);
    expect(parsed.notices).toHaveLength(noticeCount);
  });

  it("says what was wrong in each notice", () => {
    expect(parseViewState("?year=abc", context).notices[0]).toMatch(/“abc” is not a year; showing 2001/);
    expect(parseViewState("?year=0", context).notices[0]).toMatch(/1996–2023, not 0/);
    expect(parseViewState("?relation=nope", context).notices[0]).toMatch(/No relation “nope”/);
    expect(parseViewState("?types=friend", context).notices[0]).toMatch(/Unknown relation type ignored: friend/);
  });

  it("clips a very long bad value in its notice", () => {
    const notice = parseViewState(`?actor=${"x".repeat(500)}`, context).notices[0] ?? "";
    expect(notice.length).toBeLessThan(80);
  });

  it("takes the first of repeated parameters", () => {
    expect(parseViewState("?year=1997&year=2005", context).state.year).toBe(1997);
  });

  it("accepts a URLSearchParams as well as a string", () => {
    expect(parseViewState(new URLSearchParams({ year: "1999" }), context).state.year).toBe(1999);
  });

  describe("a selection outside the year", () => {
    it("moves an explicit year into the relation's span, with a notice", () => {
      const parsed = parseViewState("?year=2010&relation=iran-enemy-taliban", context);
      expect(parsed.state.year).toBe(2001);
      expect(parsed.notices).toEqual(["The selected relation is on the map in 1996–2001, not 2010; showing 2001."]);
    });

    it("moves to the nearest end of the span", () => {
      expect(parseViewState("?year=1997&relation=iran-supports-taliban", context).state.year).toBe(2021);
    });

    it("moves the default year silently when the link names no year", () => {
      const parsed = parseViewState("?relation=iran-supports-taliban", context);
      expect(parsed.state.year).toBe(2021);
      expect(parsed.notices).toEqual([]);
    });

    it("keeps a year inside the span", () => {
      expect(parseViewState("?year=1999&relation=iran-enemy-taliban", context).state.year).toBe(1999);
    });

    it("moves the year onto an actor's span too", () => {
      expect(parseViewState("?year=2001&actor=isis", context).state.year).toBe(2014);
    });

    it("leaves the year alone for an actor never on the map (gone before the data begins)", () => {
      const parsed = parseViewState("?year=2001&actor=ussr", context);
      expect(parsed.state).toEqual(state({ selection: { kind: "actor", id: "ussr" } }));
      expect(parsed.notices).toEqual([]);
    });
  });
});

describe("serializeViewState", () => {
  it.each([
    [state(), "?year=2001"],
    [state({ selection: { kind: "relation", id: "iran-enemy-taliban" } }), "?year=2001&relation=iran-enemy-taliban"],
    [state({ selection: { kind: "actor", id: "iran" } }), "?year=2001&actor=iran"],
    [state({ filters: { ...defaultFilters(), types: ["ally", "enemy"] } }), "?year=2001&types=ally,enemy"],
    [state({ filters: { ...defaultFilters(), types: [] } }), "?year=2001&types="],
    [state({ filters: { types: [...ALL_TYPES], evidence: ["fact"], source: "s2" } }), "?year=2001&evidence=fact&source=s2"],
  ])("%j → %s", (input, expected) => {
    expect(serializeViewState(input)).toBe(expected);
  });

  it.each([
    state(),
    state({ year: 1996, selection: { kind: "relation", id: "iran-enemy-taliban" } }),
    state({ year: 2021, selection: { kind: "actor", id: "taliban" }, filters: { types: ["supports", "enemy"], evidence: ["participant"], source: "s1" } }),
    state({ filters: { types: [], evidence: [...ALL_EVIDENCE], source: null } }),
  ])("round-trips %j", (input) => {
    const parsed = parseViewState(serializeViewState(input), context);
    expect(parsed.notices).toEqual([]);
    expect(serializeViewState(parsed.state)).toBe(serializeViewState(input));
    expect(parsed.state.year).toBe(input.year);
    expect(parsed.state.selection).toEqual(input.selection);
  });
});

describe("keepUnchanged", () => {
  it("reuses equal parts so filter-dependent work is skipped", () => {
    const before = state();
    const after = keepUnchanged(before, state({ year: 1999 }));
    expect(after.year).toBe(1999);
    expect(after.filters).toBe(before.filters);
    expect(after.selection).toBe(before.selection);
    expect(keepUnchanged(before, state())).toBe(before);
  });

  it("takes new filters when they differ", () => {
    const next = state({ filters: { ...defaultFilters(), source: "s1" } });
    expect(keepUnchanged(state(), next).filters).toBe(next.filters);
  });
});

describe("the analysis part of the URL", () => {
  const analysis = (extra: Partial<ReturnType<typeof defaultAnalysis>>) => ({ ...defaultAnalysis(), ...extra });
  it.each([
    ["?year=2001", defaultAnalysis(), 0],
    // compare and dyad open their tab without being told.
    ["?year=2001&compare=1998", analysis({ tab: "compare", compare: 1998 }), 0],
    ["?year=2001&compare=2023", analysis({ tab: "compare", compare: 2023 }), 0],
    ["?dyad=iran,taliban", analysis({ tab: "dyad", dyad: { a: "iran", b: "taliban" } }), 0],
    ["?dyad=taliban,iran", analysis({ tab: "dyad", dyad: { a: "taliban", b: "iran" } }), 0],
    ["?analysis=balance", analysis({ tab: "balance" }), 0],
    ["?analysis=blocs&blocs=1", analysis({ tab: "blocs", blocColours: true }), 0],
    ["?blocs=1", analysis({ blocColours: true }), 0],
    ["?blocs=yes", defaultAnalysis(), 0],
    ["?attested=only", analysis({ countUnattested: false }), 0],
    ["?attested=all", defaultAnalysis(), 0],
    ["?attested=some", defaultAnalysis(), 1],
    ["?contest=claims", analysis({ contestRule: "claims" }), 0],
    ["?contest=none", analysis({ contestRule: "none" }), 0],
    ["?contest=loudest", defaultAnalysis(), 1],
    ["?compare=1998&analysis=balance", analysis({ tab: "balance", compare: 1998 }), 0],
    ["?compare=1998&analysis=none", analysis({ compare: 1998 }), 0],
    ["?analysis=gossip", defaultAnalysis(), 1],
    ["?compare=0", defaultAnalysis(), 1],
    ["?compare=1995", defaultAnalysis(), 1],
    ["?compare=2024", defaultAnalysis(), 1],
    ["?compare=19x8", defaultAnalysis(), 1],
    ["?dyad=iran", defaultAnalysis(), 1],
    ["?dyad=iran,taliban,us", defaultAnalysis(), 1],
    ["?dyad=iran,nobody", defaultAnalysis(), 1],
    ["?dyad=iran,iran", defaultAnalysis(), 1],
    ["?dyad=,iran", defaultAnalysis(), 1],
  ] as const)("%s", (search, expected, noticeCount) => {
    const parsed = parseViewState(search, context);
    expect(analysisOf(parsed.state)).toEqual(expected);
    expect(parsed.notices).toHaveLength(noticeCount);
  });

  it("leaves the analysis out of the state when all of it is off", () => {
    expect(parseViewState("?year=2001", context).state).toEqual(state());
    expect("analysis" in parseViewState("?year=2001", context).state).toBe(false);
  });

  it("keeps year and compare apart: compare=0 never becomes year 0", () => {
    const parsed = parseViewState("?year=2001&compare=0", context);
    expect(parsed.state.year).toBe(2001);
    expect(parsed.notices[0]).toMatch(/1996–2023, so it cannot compare with 0/);
  });

  it.each([
    [state({ analysis: analysis({ tab: "compare", compare: 1998 }) }), "?year=2001&compare=1998"],
    [state({ analysis: analysis({ tab: "dyad", dyad: { a: "iran", b: "taliban" } }) }), "?year=2001&dyad=iran,taliban"],
    [state({ analysis: analysis({ tab: "balance" }) }), "?year=2001&analysis=balance"],
    [state({ analysis: analysis({ tab: "balance", compare: 1998 }) }), "?year=2001&compare=1998&analysis=balance"],
    [state({ analysis: analysis({ compare: 1998 }) }), "?year=2001&compare=1998&analysis=none"],
    [state({ analysis: analysis({ blocColours: true }) }), "?year=2001&blocs=1"],
    [state({ analysis: analysis({ countUnattested: false, tab: "balance" }) }), "?year=2001&analysis=balance&attested=only"],
    [state({ analysis: analysis({ contestRule: "none", tab: "balance" }) }), "?year=2001&analysis=balance&contest=none"],
    [state({ analysis: defaultAnalysis() }), "?year=2001"],
  ])("serialises %j as %s, and back", (input, expected) => {
    expect(serializeViewState(input)).toBe(expected);
    const parsed = parseViewState(expected, context);
    expect(parsed.notices).toEqual([]);
    expect(analysisOf(parsed.state)).toEqual(analysisOf(input));
  });

  it("keepUnchanged reuses an equal analysis and takes a changed one", () => {
    const before = state({ analysis: analysis({ tab: "compare", compare: 1998 }) });
    expect(keepUnchanged(before, state({ analysis: analysis({ tab: "compare", compare: 1998 }) }))).toBe(before);
    const moved = keepUnchanged(before, state({ year: 1999, analysis: analysis({ tab: "compare", compare: 1998 }) }));
    expect(moved.analysis).toBe(before.analysis);
    const next = state({ analysis: analysis({ tab: "compare", compare: 1997 }) });
    expect(keepUnchanged(before, next).analysis).toBe(next.analysis);
    expect(keepUnchanged(before, state()).analysis).toBeUndefined();
  });
});

describe("actors without a relation in the URL", () => {
  it("hides them by default and shows them all with actors=all, round trip", () => {
    expect(parseViewState("?year=2001", context).state.allActors).toBeUndefined();
    const shown = parseViewState("?year=2001&actors=all", context);
    expect(shown.state.allActors).toBe(true);
    expect(shown.notices).toEqual([]);
    expect(serializeViewState(shown.state)).toBe("?year=2001&actors=all");
    expect(serializeViewState(withAllActors(shown.state, false))).toBe("?year=2001");
    expect(withAllActors(state(), true).allActors).toBe(true);
  });

  it("says what it expected for a bad value, and hides them", () => {
    const parsed = parseViewState("?year=2001&actors=some", context);
    expect(parsed.state.allActors).toBeUndefined();
    expect(parsed.notices.join(" ")).toMatch(/“some” is not a choice for actors; the choice is actors=all/);
  });

  it("keepUnchanged notices the switch", () => {
    const off = state();
    expect(keepUnchanged(off, state())).toBe(off);
    expect(keepUnchanged(off, state({ allActors: true })).allActors).toBe(true);
  });
});

describe("pair and lines parameters", () => {
  it.each([
    ["?year=2001&pair=taliban,iran", { kind: "pair", id: "iran|taliban" }, 2001, 0],
    ["?year=2010&pair=iran,taliban", { kind: "pair", id: "iran|taliban" }, 2001, 1],
    ["?year=2001&pair=iran", null, 2001, 1],
    ["?year=2001&pair=iran,nobody", null, 2001, 1],
    ["?year=2001&pair=iran,iran", null, 2001, 1],
    ["?year=2001&pair=ussr,isis", null, 2001, 1],
    ["?year=2001&pair=iran,us&relation=iran-cooperates-us", { kind: "relation", id: "iran-cooperates-us" }, 2001, 0],
  ] as const)("%s selects %j in %i with %i notices", (query, selection, year, noticeCount) => {
    const parsed = parseViewState(query, context);
    expect(parsed.state.selection).toEqual(selection);
    expect(parsed.state.year).toBe(year);
    expect(parsed.notices).toHaveLength(noticeCount);
  });

  it("round-trips a pair and separate lines through the query string", () => {
    const written = serializeViewState(state({ selection: { kind: "pair", id: "iran|taliban" }, separateLines: true }));
    expect(written).toBe("?year=2001&pair=iran,taliban&lines=each");
    expect(parseViewState(written, context).state).toEqual(state({ selection: { kind: "pair", id: "iran|taliban" }, separateLines: true }));
  });

  it("names a bad lines value and draws one line per pair", () => {
    const parsed = parseViewState("?year=2001&lines=fan", context);
    expect(parsed.state.separateLines).toBeUndefined();
    expect(parsed.notices[0]).toMatch(/lines=each/);
  });
});

describe("the dataset choice in the URL", () => {
  it.each([
    ["?year=2001", "?year=1999&dataset=local", "?year=2001&dataset=local"],
    ["?year=2001&relation=a", "?dataset=local", "?year=2001&relation=a&dataset=local"],
    ["?year=2001", "?year=1999", "?year=2001"],
    ["?year=2001", "?dataset=elsewhere", "?year=2001"],
  ])("the view's query %s, written while the page is at %s, becomes %s", (query, current, expected) => {
    expect(withDatasetParam(query, current)).toBe(expected);
  });

  it("the way back to the served dataset keeps the view and drops only the choice", () => {
    expect(withoutDatasetParam("?year=2001&dataset=local&actor=iran")).toBe("?year=2001&actor=iran");
    expect(withoutDatasetParam("?dataset=local")).toBe("");
    expect(wantsLocalDataset("?year=2001&dataset=local")).toBe(true);
  });
});
