import { describe, expect, it } from "vitest";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { disputeSides, sourceUsage } from "@/lib/view";
import { claim, dataset, relation, source } from "./fixtures/builders";
import { viewModel } from "./view-fixture";

const quotes = (claims: { quote: string }[]) => claims.map((c) => c.quote);

describe("disputeSides", () => {
  it("gives this relation's side with only its pinned claim, and the other side with all its claims", () => {
    const [view, ...rest] = disputeSides(viewModel, "iran-cooperates-us");
    expect(rest).toEqual([]);
    expect(view?.dispute.id).toBe("iran-help-2001");
    expect(view?.own.side.position).toBe("Iran helped");
    expect(quotes(view?.own.claims ?? [])).toEqual(["Iran helped in Bonn."]);
    expect(view?.others.map((side) => side.description.relation.id)).toEqual(["iran-opposes-us"]);
    expect(quotes(view?.others[0]?.claims ?? [])).toEqual(["Iran worked against the US."]);
  });

  it("is symmetric: from the other side, the pinned claim is the opponent's", () => {
    const [view] = disputeSides(viewModel, "iran-opposes-us");
    expect(view?.own.description.relation.id).toBe("iran-opposes-us");
    expect(quotes(view?.others[0]?.claims ?? [])).toEqual(["Iran helped in Bonn."]);
  });

  it("sets two claims of one source on one relation against each other when each side pins its quote", () => {
    const twoClaims = [claim({ quote: "A and B were allies." }), claim({ quote: "Others deny it." })];
    const model = buildAllianceModel(
      dataset({
        relations: [relation("a-b", "a", "b", { claims: twoClaims })],
        disputes: [{ id: "d", question: "Q?", sides: [{ relation: "a-b", source: "s1", quote: "A and B", position: "yes" }, { relation: "a-b", source: "s1", quote: "Others", position: "no" }] }],
      }),
    );
    const [view] = disputeSides(model, "a-b");
    expect(quotes(view?.own.claims ?? [])).toEqual(["A and B were allies."]);
    expect(quotes(view?.others[0]?.claims ?? [])).toEqual(["Others deny it."]);
  });

  it("is empty for an undisputed or unknown relation", () => {
    expect(disputeSides(viewModel, "iran-enemy-taliban")).toEqual([]);
    expect(disputeSides(viewModel, "nope")).toEqual([]);
  });

  it("keeps a second side on the same relation, pinned to another source, among the others", () => {
    const model = buildAllianceModel(
      dataset({
        sources: [source("s1"), source("s2")],
        relations: [relation("a-b", "a", "b", { claims: [claim({ source: "s1", quote: "Allies." }), claim({ source: "s2", quote: "Never allies." })] }), relation("a-c", "a", "c")],
        disputes: [
          {
            id: "d",
            question: "Were they allies?",
            sides: [
              { relation: "a-b", source: "s1", position: "yes" },
              { relation: "a-b", source: "s2", position: "no" },
              { relation: "a-c", position: "elsewhere" },
            ],
          },
        ],
      }),
    );
    const [view] = disputeSides(model, "a-b");
    expect(quotes(view?.own.claims ?? [])).toEqual(["Allies."]);
    expect(view?.others.map((side) => [side.side.position, quotes(side.claims)])).toEqual([
      ["no", ["Never allies."]],
      ["elsewhere", ["A and B were allies."]],
    ]);
  });
});

describe("sourceUsage", () => {
  const usage = sourceUsage(viewModel);

  it.each([
    ["s1", ["iran-enemy-taliban", "iran-supports-taliban", "iran-trains-taliban", "iran-cooperates-us", "na-ally-iran"], ["iran-help-2001"]],
    ["s2", ["iran-cooperates-us", "iran-opposes-us", "iran-funds-karzai"], ["iran-help-2001"]],
    ["s3", [], []],
  ])("%s supports %j and takes part in %j", (id, relationIds, disputeIds) => {
    expect(usage.get(id)).toEqual({ relationIds, disputeIds });
  });

  it("leaves a source out of a dispute when the side pins another source", () => {
    const model = buildAllianceModel(
      dataset({
        sources: [source("s1"), source("s2")],
        relations: [relation("a-b", "a", "b", { claims: [claim({ source: "s1" }), claim({ source: "s2" })] }), relation("a-c", "a", "c")],
        disputes: [{ id: "d", question: "?", sides: [{ relation: "a-b", source: "s2", position: "x" }, { relation: "a-c", source: "s1", position: "y" }] }],
      }),
    );
    expect(sourceUsage(model).get("s1")).toEqual({ relationIds: ["a-b", "a-c"], disputeIds: ["d"] });
    expect(sourceUsage(model).get("s2")).toEqual({ relationIds: ["a-b"], disputeIds: ["d"] });
  });
});
