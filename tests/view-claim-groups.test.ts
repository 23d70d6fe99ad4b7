import { describe, expect, it } from "vitest";
import { claimAnchor, disputeSummaries, groupClaimsBySource, sourcePageHref } from "@/lib/view";
import { claim } from "./fixtures/builders";
import { viewModel } from "./view-fixture";

const shown = (claims: Parameters<typeof groupClaimsBySource>[0]) =>
  groupClaimsBySource(claims).map((group) => ({ source: group.sourceId, strongest: group.strongest.claim.quote, rest: group.rest.map((item) => item.claim.quote) }));

describe("groupClaimsBySource", () => {
  it.each([
    ["a participant's words over the source's statement", [claim({ quote: "Stated.", evidence: "fact" }), claim({ quote: "Said.", evidence: "participant" })], "Said."],
    ["a fact over analysis, however long", [claim({ quote: "A very long analytic sentence indeed.", evidence: "analysis" }), claim({ quote: "Fact.", evidence: "fact" })], "Fact."],
    ["secondhand over analysis", [claim({ quote: "Opinion.", evidence: "analysis" }), claim({ quote: "Heard.", evidence: "secondhand" })], "Heard."],
    ["the longer quote between equals", [claim({ quote: "Short." }), claim({ quote: "Longer quote." })], "Longer quote."],
    ["the first between equal lengths", [claim({ quote: "One." }), claim({ quote: "Two." })], "One."],
  ])("shows %s", (_what, claims, strongest) => {
    expect(shown(claims)[0]?.strongest).toBe(strongest);
  });

  it("makes one group per source, in the order sources first appear, the rest strongest first", () => {
    const claims = [
      claim({ source: "s2", quote: "b1", evidence: "analysis" }),
      claim({ source: "s1", quote: "a1" }),
      claim({ source: "s2", quote: "b22", evidence: "fact" }),
      claim({ source: "s2", quote: "b3", evidence: "secondhand" }),
    ];
    expect(shown(claims)).toEqual([
      { source: "s2", strongest: "b22", rest: ["b3", "b1"] },
      { source: "s1", strongest: "a1", rest: [] },
    ]);
  });

  it("keeps each claim's index in its relation, for links to it", () => {
    const [group] = groupClaimsBySource([claim({ quote: "x", evidence: "analysis" }), claim({ quote: "y", evidence: "fact" })]);
    expect(group?.strongest.index).toBe(1);
    expect(group?.rest.map((item) => item.index)).toEqual([0]);
  });
});

describe("disputeSummaries", () => {
  it("gives one line per side, this relation's marked", () => {
    const [summary, ...rest] = disputeSummaries(viewModel, "iran-opposes-us");
    expect(rest).toEqual([]);
    expect(summary?.lines.map((line) => [line.position, line.isThisRelation, line.sourceId])).toEqual([
      ["Iran helped", false, "s1"],
      ["Iran worked against it", true, null],
    ]);
    expect(summary?.lines[0]?.relationText).toBe("Iran cooperates with United States, 2001");
  });

  it("is empty for an undisputed or unknown relation", () => {
    expect(disputeSummaries(viewModel, "iran-enemy-taliban")).toEqual([]);
    expect(disputeSummaries(viewModel, "nope")).toEqual([]);
  });
});

describe("sourcePageHref", () => {
  it.each([
    ["s1", "", null, "/sources/s1"],
    ["s1", "?year=2001&relation=r", null, "/sources/s1?year=2001&relation=r"],
    ["s1", "year=2001", { relationId: "r", index: 2 }, "/sources/s1?year=2001#claim-r-2"],
  ] as const)("%s with %j and %j is %s", (source, query, at, href) => {
    expect(sourcePageHref(source, query, at)).toBe(href);
  });

  it("names a claim's anchor by its relation and index", () => {
    expect(claimAnchor("iran-trains-taliban-2018", 0)).toBe("claim-iran-trains-taliban-2018-0");
  });
});
