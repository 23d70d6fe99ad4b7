import { describe, expect, it } from "vitest";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { dyadPeriods, periodLabel } from "@/lib/analysis";
import { actor, claim, dataset, relation, source } from "./fixtures/builders";

// Iran and the Taliban in miniature, worked by hand (the data's present is 2023):
// enemies 1996–2001 (disputed), nothing 2002–2012, friendly from 2013 (ongoing, reported 2023),
// trains from 2018 (end not stated: continuing 2019–2020, closed by the opposition of 2021),
// and from 2021 Iran also opposes them, with the support of 2013 still attested: contested.
const model = buildAllianceModel(
  dataset({
    actors: [actor("iran"), actor("taliban")],
    sources: [source("s2018", { published: { date: "2018-07", approximate: false } }), source("s2023", { published: { date: "2023", approximate: false } })],
    relations: [
      relation("enemy-1996", "iran", "taliban", { type: "enemy", start: "1996", end: "2001-12", claims: [claim({ source: "s2023" })] }),
      relation("supports-2013", "iran", "taliban", { type: "supports", start: "2013", end: "ongoing", claims: [claim({ source: "s2023" }), claim({ source: "s2023" })] }),
      relation("trains-2018", "iran", "taliban", { type: "trains", start: "2018", end: "unknown", claims: [claim({ source: "s2018" })] }),
      relation("opposes-2021", "iran", "taliban", { type: "opposes", start: "2021", end: "2023", claims: [claim({ source: "s2023" })] }),
    ],
    disputes: [{ id: "toll", question: "Nine or eight?", sides: [{ relation: "enemy-1996", position: "nine" }, { relation: "supports-2013", position: "eight" }] }],
  }),
);

describe("dyadPeriods: the dyad as a story", () => {
  it("tells the periods in order, gaps labelled, contests marked, each with its key relation", () => {
    const periods = dyadPeriods(model, "iran", "taliban");
    expect(periods.map((p) => [periodLabel(p), p.key, p.disputes])).toEqual([
      ["hostile, 1996–2001", "enemy-1996", ["toll"]],
      ["no relation recorded, 2002–2012", null, []],
      ["friendly, 2013–2020", "supports-2013", ["toll"]],
      // Both begun within ten years and attested all of each year: a tie, contested.
      ["contested, 2021–2022", "supports-2013", ["toll"]],
      // In 2023 the support of 2013 is ten years old: background, so the opposition decides.
      ["hostile, contested, 2023", "opposes-2021", ["toll"]],
    ]);
    expect(periods[2]?.relations).toEqual(["supports-2013", "trains-2018"]);
  });

  it("reads with the switches: attested only, and the claims rule (the support's two claims win)", () => {
    const periods = dyadPeriods(model, "iran", "taliban", { countUnattested: false });
    expect(periods.find((p) => p.years.from === 2013)?.relations).toEqual(["supports-2013", "trains-2018"]);
    expect(dyadPeriods(model, "iran", "taliban", { contestRule: "claims" }).map(periodLabel).at(-1)).toBe("friendly, contested, 2021–2023");
    expect(dyadPeriods(model, "iran", "taliban", { countUnattested: false }).find((p) => p.years.from === 2021)?.relations).toEqual(["supports-2013", "opposes-2021"]);
  });

  it("labels a stretch held only by continuations", () => {
    expect(periodLabel({ tone: "friendly", contested: false, unattestedOnly: true, years: { from: 2019, to: 2020 } })).toBe("friendly, not attested, only continuing, 2019–2020");
  });

  it("is empty for a pair with no relation, or one actor twice", () => {
    expect(dyadPeriods(model, "iran", "iran")).toEqual([]);
    expect(dyadPeriods(model, "iran", "nobody")).toEqual([]);
  });
});
