import { describe, expect, it } from "vitest";
import { compareYears, triadsAt, signedPairsAt } from "@/lib/analysis";
import { currentModel } from "@/lib/server";
import { snapshotOf, everyRelationIn } from "@/lib/snapshot";

// What a reader of the shipped data must see, by the rule of time and the contest rule.
const model = currentModel();
const iranTaliban = (ids: readonly string[]) => ids.filter((id) => [model.graph.source(id), model.graph.target(id)].sort().join() === "iran,taliban");

describe("the shipped data, read honestly", () => {
  it("keeps the Iran–Taliban ties of 2018 on the map in 2019, as not attested since 2018", () => {
    const in2018 = iranTaliban(snapshotOf(model, everyRelationIn(2018)).relationIds);
    const in2019 = snapshotOf(model, everyRelationIn(2019));
    expect(iranTaliban(in2019.relationIds)).toEqual(in2018);
    expect(iranTaliban([...in2019.unattestedIds]).sort()).toEqual(["iran-hosts-taliban-2018", "iran-negotiates-taliban-2018", "iran-trains-taliban-2018", "taliban-proxy-of-iran-2018"]);
  });

  it("calls nothing ended from 2018 to 2019 that no source ends", () => {
    const comparison = compareYears(model, 2018, 2019);
    for (const id of comparison.ended) expect(model.graph.getEdgeAttribute(id, "attestation").basis, id).toBe("stated-end");
    expect(iranTaliban(comparison.ended)).toEqual([]);
    expect(comparison.noLongerAttested).toEqual(expect.arrayContaining(["iran-trains-taliban-2018", "iran-hosts-taliban-2018", "taliban-proxy-of-iran-2018"]));
  });

  it("reads the 2001 Iran–Taliban–US triad as balanced, the Iran–US contest resolved as friendly", () => {
    const triad = triadsAt(model, 2001).find((t) => t.actors.join() === "iran,taliban,united-states");
    expect(triad?.status).toBe("balanced");
    const contest = signedPairsAt(model, 2001).get("iran|united-states")?.contest;
    expect(contest).toMatchObject({ sign: 1, background: expect.arrayContaining(["iran-enemy-united-states-1980"]) });
    expect(triadsAt(model, 2001, { contestRule: "none" }).find((t) => t.actors.join() === "iran,taliban,united-states")?.status).toBe("contested");
  });
});
