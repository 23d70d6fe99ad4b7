import { describe, expect, it } from "vitest";
import { applyEdit, type Edit, type EditableDataset } from "@/lib/edit";
import { actor, claim, dataset, relation, source } from "./fixtures/builders";

// A small valid dataset with its one text: every edit below starts from it.
const TEXT = "A and B were allies. Later, B and C clashed on the border. C said: “we will fight”.";
const start: EditableDataset = { dataset: dataset(), texts: { "s1.txt": TEXT } };

describe("an edit that keeps the dataset valid gives the new dataset", () => {
  it.each<[string, Edit, (value: EditableDataset) => unknown, unknown]>([
    ["add an actor", { kind: "put-actor", actor: actor("d", { name: "Delta" }), replaces: null }, (v) => v.dataset.actors.map((a) => a.id), ["a", "b", "c", "d"]],
    ["edit an actor in place", { kind: "put-actor", actor: actor("b", { name: "Bravo" }), replaces: "b" }, (v) => v.dataset.actors.map((a) => a.name), ["A", "Bravo", "C"]],
    ["remove an unreferenced actor", { kind: "remove-actor", id: "c" }, (v) => v.dataset.actors.map((a) => a.id), ["a", "b"]],
    ["add a source with its text", { kind: "put-source", source: source("s2"), text: "Another text.", replaces: null }, (v) => v.texts, { "s1.txt": TEXT, "s2.txt": "Another text." }],
    ["add a source without text: its quotes are not verified", { kind: "put-source", source: source("s2"), text: null, replaces: null }, (v) => v.dataset.unverifiedSources, ["s2"]],
    ["add a relation", { kind: "put-relation", relation: relation("b-c", "b", "c", { type: "clashes", start: "2005-03", end: "ongoing", claims: [claim({ quote: "B and C clashed on the border." })] }), replaces: null }, (v) => v.dataset.relations.map((r) => `${r.id}:${r.type}:${r.start}:${r.end}`), ["a-b:ally:2000:2001", "b-c:clashes:2005-03:ongoing"]],
    ["remove a relation", { kind: "remove-relation", id: "a-b" }, (v) => v.dataset.relations.length, 0],
    ["add a claim with a speaker", { kind: "put-claim", relation: "a-b", index: null, claim: claim({ quote: "we will fight", evidence: "participant", speaker: { name: "C's leader", actor: "c" } }) }, (v) => v.dataset.relations[0]?.claims.map((c) => c.evidence), ["fact", "participant"]],
    ["edit a claim: quote marks and spaces are folded as the validator folds them", { kind: "put-claim", relation: "a-b", index: 0, claim: claim({ quote: 'C said:  "we will fight".' }) }, (v) => v.dataset.relations[0]?.claims[0]?.quote, 'C said:  "we will fight".'],
  ])("%s", (_name, edit, read, expected) => {
    expect(read(applied(start, edit))).toEqual(expected);
  });

  it("adds a dispute between two relations, each side pinned to its source", () => {
    const twoSides = applied(start, { kind: "put-source", source: source("s2"), text: "A and B were never allies.", replaces: null }, { kind: "put-relation", relation: relation("a-rival-b", "a", "b", { type: "rival", claims: [claim({ source: "s2", quote: "A and B were never allies." })] }), replaces: null });
    const disputed = applied(twoSides, { kind: "put-dispute", dispute: { id: "were-they-allies", question: "Were A and B allies?", sides: [{ relation: "a-b", source: "s1", position: "allies" }, { relation: "a-rival-b", source: "s2", position: "never allies" }] }, replaces: null });
    expect(disputed.dataset.disputes.map((d) => d.sides.map((side) => side.relation))).toEqual([["a-b", "a-rival-b"]]);
    // A dispute naming a relation that goes away is caught on the dispute.
    const result = applyEdit(disputed, { kind: "remove-relation", id: "a-rival-b" });
    expect(!result.ok && result.problems.map((p) => `${p.record} ${p.field}`)).toEqual(["were-they-allies sides[1].relation"]);
  });
});

/** Edits applied one after another, each of which must succeed. */
function applied(value: EditableDataset, ...edits: Edit[]): EditableDataset {
  return edits.reduce((current, edit) => {
    const result = applyEdit(current, edit);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.record} ${p.field}: ${p.message}`).join("\n"));
    return result.value;
  }, value);
}

describe("an edit that breaks the dataset is refused with a problem naming record and field", () => {
  it.each<[string, Edit, { record: string | null; field: string; message: RegExp }]>([
    ["a misquote", { kind: "put-claim", relation: "a-b", index: 0, claim: claim({ quote: "A and B were enemies." }) }, { record: "a-b", field: "claims[0].quote", message: /quote not found verbatim in s1\.txt \(source "s1"\); it matches up to "A and B were " and then differs/ }],
    ["an unknown actor", { kind: "put-relation", relation: relation("a-z", "a", "zulu"), replaces: null }, { record: "a-z", field: "target", message: /unknown actor "zulu"/ }],
    ["a type outside the vocabulary", { kind: "put-relation", relation: relation("a-c", "a", "c", { type: "befriends" as "ally" }), replaces: null }, { record: "a-c", field: "type", message: /Invalid option/ }],
    ["a month that does not exist", { kind: "put-relation", relation: relation("a-c", "a", "c", { start: "2001-13" }), replaces: null }, { record: "a-c", field: "start", message: /"2001-13" is not a real calendar date/ }],
    ["an end before the start", { kind: "put-relation", relation: relation("a-c", "a", "c", { start: "2001-10", end: "2001-09" }), replaces: null }, { record: "a-c", field: "end", message: /before/ }],
    ["a duplicate actor id", { kind: "put-actor", actor: actor("a"), replaces: null }, { record: "a", field: "id", message: /duplicate|more than once|twice/ }],
    ["removing an actor a relation names", { kind: "remove-actor", id: "b" }, { record: "a-b", field: "target", message: /unknown actor "b"/ }],
    ["removing a relation's last claim", { kind: "remove-claim", relation: "a-b", index: 0 }, { record: "a-b", field: "claims", message: /at least one claim/ }],
    ["a javascript: URL", { kind: "put-source", source: source("s1", { url: "javascript:alert(1)" }), text: TEXT, replaces: "s1" }, { record: "s1", field: "url", message: /http/ }],
    ["a claim for a relation that is not there", { kind: "put-claim", relation: "nowhere", index: null, claim: claim() }, { record: "nowhere", field: "", message: /no relation "nowhere"/ }],
    ["editing a claim that is not there", { kind: "put-claim", relation: "a-b", index: 4, claim: claim() }, { record: "a-b", field: "claims[4]", message: /no relation/ }],
  ])("%s", (_name, edit, expected) => {
    const before = structuredClone(start);
    const result = applyEdit(start, edit);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.some((p) => p.record === expected.record && p.field === expected.field && expected.message.test(p.message))).toBe(true);
    expect(start).toEqual(before);
  });
});
