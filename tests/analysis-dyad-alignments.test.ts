import { describe, expect, it } from "vitest";
import { dyadAlignments } from "@/lib/analysis/dyad/dyad-alignments";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { actor, dataset, relation } from "./fixtures/builders";

// Iran and the Taliban, with the US and the Northern Alliance around them, worked out by hand:
// Iran sided with the Northern Alliance (1993–2001) while it fought the Taliban (1996–2001): 1996–2001;
// Iran cooperated with the US (2001) while the US fought the Taliban (2001–2021): 2001;
// the Taliban hosted al-Qaeda (2001–2005) but al-Qaeda has no hostile relation with Iran: nothing;
// Iran's talks with the US (neutral) give nothing. Around al-Qaeda and the Northern Alliance:
// al-Qaeda was hosted by the Taliban while the Taliban fought the Northern Alliance: 2001.
const model = buildAllianceModel(
  dataset({
    actors: ["iran", "taliban", "us", "na", "aq"].map((id) => actor(id)),
    relations: [
      relation("iran-supports-na", "iran", "na", { type: "supports", start: "1993", end: "2001-12" }),
      relation("na-enemy-taliban", "na", "taliban", { type: "enemy", start: "1996", end: "2001" }),
      relation("iran-cooperates-us", "iran", "us", { type: "cooperates", start: "2001-10", end: "2001-12" }),
      relation("us-enemy-taliban", "taliban", "us", { type: "enemy", start: "2001-10", end: "2021-08" }),
      relation("taliban-hosts-aq", "taliban", "aq", { type: "hosts", start: "2001", end: "2005" }),
      relation("iran-negotiates-us", "iran", "us", { type: "negotiates", start: "2015", end: "2018" }),
      relation("iran-enemy-taliban", "iran", "taliban", { type: "enemy", start: "1996", end: "2001" }),
    ],
  }),
);

describe("dyadAlignments: the enemy of my enemy around a pair", () => {
  it("finds every third actor one side befriended while it was hostile to the other", () => {
    expect(dyadAlignments(model, "iran", "taliban")).toEqual([
      { side: "iran", against: "taliban", third: "na", friendly: ["iran-supports-na"], hostile: ["na-enemy-taliban"], years: { from: 1996, to: 2001 } },
      { side: "iran", against: "taliban", third: "us", friendly: ["iran-cooperates-us"], hostile: ["us-enemy-taliban"], years: { from: 2001, to: 2001 } },
    ]);
  });

  it("merges several relations with one third actor into one entry spanning their overlaps", () => {
    const busier = buildAllianceModel(
      dataset({
        actors: ["a", "b", "c"].map((id) => actor(id)),
        relations: [
          relation("a-arms-c", "a", "c", { type: "arms", start: "1990", end: "1995" }),
          relation("a-ally-c", "a", "c", { type: "ally", start: "2000", end: "2003" }),
          relation("c-enemy-b", "c", "b", { type: "enemy", start: "1993", end: "2001" }),
          relation("c-attacks-b", "c", "b", { type: "attacks", start: "2002", end: "2002" }),
        ],
      }),
    );
    expect(dyadAlignments(busier, "a", "b")).toEqual([
      { side: "a", against: "b", third: "c", friendly: ["a-arms-c", "a-ally-c"], hostile: ["c-enemy-b", "c-attacks-b"], years: { from: 1993, to: 2002 } },
    ]);
  });

  it("counts being hosted as siding with the host", () => {
    expect(dyadAlignments(model, "aq", "na")).toEqual([
      { side: "aq", against: "na", third: "taliban", friendly: ["taliban-hosts-aq"], hostile: ["na-enemy-taliban"], years: { from: 2001, to: 2001 } },
    ]);
  });

  it("reads the same whichever actor is named first", () => {
    expect(dyadAlignments(model, "taliban", "iran")).toEqual(dyadAlignments(model, "iran", "taliban"));
  });

  it.each([
    ["an unknown actor", "iran", "nobody"],
    ["an actor with itself", "iran", "iran"],
    ["a pair whose friends were never hostile to the other", "na", "us"],
  ])("is empty for %s", (_name, a, b) => {
    expect(dyadAlignments(model, a, b)).toEqual([]);
  });
});
