import { describe, expect, it } from "vitest";
import { validateDataset } from "@/lib/dataset/validate-dataset";
import { formatProblem } from "@/lib/dataset/problem";
import { internalReferenceProblem, noteAsPlainText, sourceShortLabel, splitNote } from "@/lib/vocabulary";
import { actor, claim, corpusOf, dataset, filesOf, relation, source } from "./fixtures/builders";

const CORPUS = corpusOf({ "s1.txt": "Intro. A and B were allies. They met in 2001 and agreed a plan together." });
const HERALD = source("s1", { outlet: "The Eastern Herald", published: { date: "2021-09-24", approximate: false } });
const errorsOf = (data: Parameters<typeof filesOf>[0]) => validateDataset(filesOf(data), CORPUS).problems.filter((p) => p.severity === "error");

describe("a note splits into text and source references", () => {
  it.each([
    { note: "Plain text.", segments: [{ kind: "text", text: "Plain text." }] },
    { note: "{source:s1} says so.", segments: [{ kind: "source", sourceId: "s1", parenthetical: false }, { kind: "text", text: " says so." }] },
    { note: "Dated (caption in {source:s1}).", segments: [{ kind: "text", text: "Dated (caption in " }, { kind: "source", sourceId: "s1", parenthetical: true }, { kind: "text", text: ")." }] },
    { note: "Both ({source:a-b}) and {source:c}", segments: [{ kind: "text", text: "Both (" }, { kind: "source", sourceId: "a-b", parenthetical: true }, { kind: "text", text: ") and " }, { kind: "source", sourceId: "c", parenthetical: false }] },
    { note: "{not a token}", segments: [{ kind: "text", text: "{not a token}" }] },
  ])("$note", ({ note, segments }) => {
    expect(splitNote(note)).toEqual(segments);
  });

  it("renders a reference as the source's outlet and year in exported text", () => {
    const sources = new Map([["s1", HERALD]]);
    expect(sourceShortLabel(HERALD)).toBe("The Eastern Herald (2021)");
    expect(noteAsPlainText("{source:s1} dates it to 2001; {source:gone} does not.", sources)).toBe("The Eastern Herald (2021) dates it to 2001; gone does not.");
    expect(noteAsPlainText("Founded in 2001 ({source:s1}), as {source:s1} says.", sources)).toBe("Founded in 2001 (The Eastern Herald, 2021), as The Eastern Herald (2021) says.");
  });
});

// What a reader must never see: the internal file numbers and vocabulary the dataset was built with.
describe("text for readers never names a corpus file", () => {
  it.each([
    { text: "004 (2018) reports the training as current.", refused: /corpus file by number \("004"\)/ },
    { text: "As 003's reference 5 says.", refused: /"003"/ },
    { text: "Within 003, Mousavian blames reformists.", refused: /"003"/ },
    { text: "The corpus calls it the Kabul government.", refused: /says "corpus"/ },
    { text: "As {sources:s1} says.", refused: /is not a source reference/ },
    { text: "As {source:S1} says.", refused: /is not a source reference/ },
  ])("refuses: $text", ({ text, refused }) => {
    expect(internalReferenceProblem(text)).toMatch(refused);
  });

  it.each(["In 2004 some 15,000 soldiers died.", "{source:s1} dates it to 2001.", "Reference 17 of {source:s1}.", "Corporal punishment."])("accepts: %s", (text) => {
    expect(internalReferenceProblem(text)).toBeNull();
  });
});

describe("the validator names the file, record and field of a bad reference", () => {
  it.each([
    { name: "file number in a claim note", data: () => dataset({ sources: [HERALD], relations: [relation("r", "a", "b", { claims: [claim({ note: "002 says so." })] })] }), file: "data/relations/main.json", record: "r", field: "claims[0].note", says: /"002"/ },
    { name: "'corpus' in an actor description", data: () => dataset({ actors: [actor("a", { description: "The corpus calls it A." }), actor("b"), actor("c")] }), file: "data/actors.json", record: "a", field: "description", says: /corpus/ },
    { name: "file number in an inferred bound", data: () => dataset({ relations: [relation("r", "a", "b", { inferred: { start: "000 dates it." } })] }), file: "data/relations/main.json", record: "r", field: "inferred.start", says: /"000"/ },
    { name: "token naming no source", data: () => dataset({ relations: [relation("r", "a", "b", { inferred: { end: "{source:nowhere} says it ended." } })] }), file: "data/relations/main.json", record: "r", field: "inferred.end", says: /unknown source "nowhere"/ },
    { name: "token in a dispute note naming no source", data: () => dataset({ disputes: [{ id: "d", question: "Q?", note: "See {source:gone}.", sides: [{ relation: "a-b", position: "yes" }, { relation: "a-c", position: "no" }] }], relations: [relation("a-b", "a", "b"), relation("a-c", "a", "c")] }), file: "data/disputes.json", record: "d", field: "note", says: /unknown source "gone"/ },
  ])("$name", ({ data, file, record, field, says }) => {
    const errors = errorsOf(data());
    const match = errors.find((p) => p.file === file && p.record === record && p.field === field);
    expect(match, errors.map(formatProblem).join("\n")).toBeDefined();
    expect(match?.message).toMatch(says);
  });

  it("accepts a note whose token names a real source", () => {
    expect(errorsOf(dataset({ sources: [HERALD], relations: [relation("r", "a", "b", { claims: [claim({ note: "{source:s1} says so." })] })] }))).toEqual([]);
  });
});

describe("one sentence, one evidence kind", () => {
  const quoted = (id: string, target: string, quote: string, evidence: "fact" | "analysis") => relation(id, "a", target, { claims: [claim({ quote, evidence })] });

  it("rejects the same sentence quoted as fact on one relation and analysis on another, naming the second", () => {
    const errors = errorsOf(dataset({ relations: [quoted("r1", "b", "A and B were allies.", "fact"), quoted("r2", "c", "Intro. A and B were allies.", "analysis")] }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ record: "r2", field: "claims[0].evidence", message: expect.stringMatching(/"fact" on relation "r1"/) });
  });

  it("accepts the same sentence with the same kind, and different sentences with different kinds", () => {
    expect(errorsOf(dataset({ relations: [quoted("r1", "b", "A and B were allies.", "fact"), quoted("r2", "c", "A and B were allies.", "fact")] }))).toEqual([]);
    expect(errorsOf(dataset({ relations: [quoted("r1", "b", "A and B were allies.", "fact"), quoted("r2", "c", "They met in 2001 and agreed a plan together.", "analysis")] }))).toEqual([]);
  });
});
