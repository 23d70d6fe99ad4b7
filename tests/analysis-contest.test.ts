import { describe, expect, it } from "vitest";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { type ContestEvidence, contestReason, resolveContest, signedPairsAt, triadsAt } from "@/lib/analysis";
import { actor, claim, dataset, relation, source } from "./fixtures/builders";

// Hand-worked: each relation's start, its counted days, and its claims; the period, the rule, the reading.
const evidence = (id: string, sign: 1 | -1, start: string, from: string, to: string, claims = 1, continuesTo = to): ContestEvidence => ({ id, sign, start, attested: { from, to }, days: { from, to: continuesTo }, claims });
const enmity = evidence("enmity-1980", -1, "1980", "1980-01-01", "2023-12-31", 4);
const refusal = evidence("refusal-2001-09", -1, "2001-09", "2001-09-01", "2001-10-31", 1);
const cooperation = evidence("cooperation-2001-10", 1, "2001-10", "2001-10-01", "2002-01-31", 2);
const support = evidence("support-2001-09", 1, "2001-09", "2001-09-01", "2001-12-31", 2);

describe("resolveContest", () => {
  it.each([
    {
      name: "specific: the long-standing enmity is background; the cooperation covers more of 2001 than the refusal",
      relations: [enmity, refusal, cooperation, support],
      period: "2001",
      rule: "specific",
      // support and cooperation together: 1 September – 31 December (122 days); refusal: September–October (61).
      expected: { sign: 1, decisive: ["cooperation-2001-10", "support-2001-09"], outweighed: ["refusal-2001-09"], background: ["enmity-1980"], weight: { friendly: 122, hostile: 61 } },
    },
    {
      name: "specific, by month: in September 2001 the refusal and the support cover the same 30 days, so it stays contested",
      relations: [enmity, refusal, cooperation, support],
      period: "2001-09",
      rule: "specific",
      expected: { sign: null, background: ["enmity-1980"], weight: { friendly: 30, hostile: 30 } },
    },
    {
      name: "specific, by month: in November 2001 only the cooperation is specific, and it wins",
      relations: [enmity, cooperation, support],
      period: "2001-11",
      rule: "specific",
      expected: { sign: 1, outweighed: [], weight: { friendly: 30, hostile: 0 } },
    },
    {
      name: "specific: a relation begun exactly ten years before the period is background",
      relations: [evidence("old-friend", 1, "1991", "1991-01-01", "2001-12-31"), evidence("new-foe", -1, "2001-06", "2001-06-01", "2001-06-30")],
      period: "2001",
      rule: "specific",
      expected: { sign: -1, decisive: ["new-foe"], background: ["old-friend"], weight: { friendly: 0, hostile: 30 } },
    },
    {
      name: "specific: when both sides are background, it stays contested",
      relations: [enmity, evidence("old-friend", 1, "1985", "1985-01-01", "2010-12-31")],
      period: "2001",
      rule: "specific",
      expected: { sign: null, decisive: [], outweighed: [], background: ["enmity-1980", "old-friend"] },
    },
    {
      name: "specific: an assumption never outweighs an attestation (a continuation against an attested background enmity)",
      relations: [enmity, evidence("cooperation-2003", 1, "2003", "2003-01-01", "2003-12-31", 1, "2008-12-31")],
      period: "2005",
      rule: "specific",
      expected: { sign: -1, decisive: ["enmity-1980"], outweighed: ["cooperation-2003"], assumedSide: 1, weight: { friendly: 0, hostile: 0 } },
    },
    {
      name: "specific: between two assumptions, the one continuing on more days of the period wins",
      relations: [evidence("ties-2003", 1, "2003", "2003-01-01", "2003-12-31", 1, "2008-12-31"), evidence("feud-2004", -1, "2004", "2004-01-01", "2004-12-31", 1, "2005-03-31")],
      period: "2005",
      rule: "specific",
      expected: { sign: 1, weight: { friendly: 365, hostile: 90 } },
    },
    {
      name: "claims: the sign whose relations carry more claims wins (4 hostile against 2 + 2 friendly is a tie)",
      relations: [enmity, cooperation, support],
      period: "2001",
      rule: "claims",
      expected: { sign: null, weight: { friendly: 4, hostile: 4 } },
    },
    {
      name: "claims: one more hostile claim tips it",
      relations: [enmity, refusal, cooperation, support],
      period: "2001",
      rule: "claims",
      expected: { sign: -1, decisive: ["enmity-1980", "refusal-2001-09"], weight: { friendly: 4, hostile: 5 } },
    },
    {
      name: "none: the pair stays contested",
      relations: [enmity, cooperation],
      period: "2001",
      rule: "none",
      expected: { sign: null },
    },
  ] as const)("$name", ({ relations, period, rule, expected }) => {
    expect(resolveContest(relations, period, rule)).toMatchObject(expected);
  });
});

// The 2001 triad in miniature: the US at war with the Taliban, Iran hostile to the Taliban, and Iran
// both the US's enemy since 1980 and its partner in the autumn of 2001.
const model = buildAllianceModel(
  dataset({
    actors: [actor("iran"), actor("taliban"), actor("us")],
    sources: [source("s1", { published: { date: "2023", approximate: false } })],
    relations: [
      relation("iran-enemy-us", "iran", "us", { type: "enemy", start: "1980", end: "ongoing" }),
      relation("iran-opposes-us", "iran", "us", { type: "opposes", start: "2001-09", end: "2001-10" }),
      relation("iran-cooperates-us", "iran", "us", { type: "cooperates", start: "2001-10", end: "2002-01", claims: [claim(), claim()] }),
      relation("iran-supports-us", "iran", "us", { type: "supports", start: "2001-09", end: "2001-12" }),
      relation("iran-enemy-taliban", "iran", "taliban", { type: "enemy", start: "1996", end: "2001-12" }),
      relation("us-attacks-taliban", "us", "taliban", { type: "attacks", start: "2001-10", end: "2001-12" }),
    ],
  }),
);

describe("balance with the contest rule", () => {
  it.each([
    ["specific", "balanced", 1],
    ["claims", "balanced", 1],
    ["none", "contested", "contested"],
  ] as const)("with rule %s the 2001 Iran–Taliban–US triad is %s", (rule, status, sign) => {
    const [triad] = triadsAt(model, 2001, { contestRule: rule });
    expect(triad?.status).toBe(status);
    expect(triad?.pairs.find((pair) => pair.key === "iran|us")?.sign).toBe(sign);
  });

  it("keeps the contest visible, with its reason in words", () => {
    const pair = signedPairsAt(model, 2001).get("iran|us");
    const reason = pair === undefined ? null : contestReason(pair, 2001, (id) => id.toUpperCase(), (id) => `«${id}»`);
    expect(reason).toBe(
      "Contested: IRAN and US read as friendly because «iran-cooperates-us» and «iran-supports-us» are specific to 2001 (122 days of 2001 against 61 for «iran-opposes-us»); «iran-enemy-us» is background, begun 10 or more years before.",
    );
  });

  it("says when an assumption lost to an attestation", () => {
    const contest = resolveContest([enmity, evidence("cooperation-2003", 1, "2003", "2003-01-01", "2003-12-31", 1, "2008-12-31")], "2005", "specific");
    const pair = { key: "iran|us", actors: ["iran", "us"] as [string, string], sign: -1 as const, positive: ["cooperation-2003"], negative: ["enmity-1980"], contest };
    expect(contestReason(pair, 2005, (id) => id.toUpperCase(), (id) => `«${id}»`)).toBe(
      "Contested: IRAN and US read as hostile because «enmity-1980» is attested in 2005, while «cooperation-2003» only continues, not attested: an assumption never outweighs an attestation.",
    );
  });

  it("calls a pair with only one kind of relation no contest", () => {
    const pair = signedPairsAt(model, 2001).get("iran|taliban");
    expect(pair?.contest).toBeNull();
    expect(pair === undefined ? "" : contestReason(pair, 2001, String, String)).toBeNull();
  });
});
