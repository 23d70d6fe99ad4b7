import { describe, expect, it } from "vitest";
import { validateDataset } from "@/lib/dataset/validate-dataset";
import { formatProblem } from "@/lib/dataset/problem";
import { actor, claim, corpusOf, dataset, filesOf, relation, source } from "./fixtures/builders";

const CORPUS = corpusOf({ "s1.txt": "Intro. A and B were\n allies. “Later” they\u2019d fight." });

function errorsOf(data: Parameters<typeof filesOf>[0], corpus = CORPUS) {
  return validateDataset(filesOf(data), corpus).problems.filter((p) => p.severity === "error");
}

describe("validator: a sound dataset", () => {
  it("passes, verifies every quote and returns the dataset", () => {
    const report = validateDataset(filesOf(dataset()), CORPUS);
    expect(report.problems).toEqual([]);
    expect(report.dataset?.relations).toHaveLength(1);
    expect(report.quotes).toEqual({ verified: 1, total: 1, corpus: "corpus" });
  });

  it("says quotes were not checked when there is no corpus", () => {
    expect(validateDataset(filesOf(dataset()), null).quotes).toBeNull();
  });

  it("folds whitespace and quote-mark style, and nothing else", () => {
    const ok = dataset({ relations: [relation("r", "a", "b", { claims: [claim({ quote: '"Later" they\'d fight.' })] })] });
    expect(errorsOf(ok)).toEqual([]);
    const changedWord = dataset({ relations: [relation("r", "a", "b", { claims: [claim({ quote: '"Later" they would fight.' })] })] });
    expect(errorsOf(changedWord).map((p) => p.field)).toEqual(["claims[0].quote"]);
  });
});

// One row per kind of bad input: what to break, and the file, record and field the message must name.
const BAD_INPUTS: { name: string; data: () => Record<string, unknown>; file: string; record: string | null; field: string; says: RegExp }[] = [
  { name: "unknown relation type", data: () => dataset({ relations: [relation("r", "a", "b", { type: "friend" as never })] }), file: "data/relations/main.json", record: "r", field: "type", says: /expected one of/ },
  { name: "malformed date", data: () => dataset({ relations: [relation("r", "a", "b", { start: "2001-13" })] }), file: "data/relations/main.json", record: "r", field: "start", says: /calendar date/ },
  { name: "end before start (precision aware)", data: () => dataset({ relations: [relation("r", "a", "b", { start: "2002", end: "2001-12" })] }), file: "data/relations/main.json", record: "r", field: "end", says: /before it starts/ },
  { name: "last attested beside a dated end", data: () => dataset({ relations: [relation("r", "a", "b", { start: "2001", end: "2003", lastAttested: "2002" })] }), file: "data/relations/main.json", record: "r", field: "lastAttested", says: /dated end .* is itself the last attested date/ },
  { name: "last attested before the start", data: () => dataset({ relations: [relation("r", "a", "b", { start: "2001-06", end: "unknown", lastAttested: "2001-05" })] }), file: "data/relations/main.json", record: "r", field: "lastAttested", says: /last attested \(2001-05\) before it starts/ },
  { name: "unknown actor", data: () => dataset({ relations: [relation("r", "a", "zz")] }), file: "data/relations/main.json", record: "r", field: "target", says: /unknown actor "zz"/ },
  { name: "unknown source in a claim", data: () => dataset({ relations: [relation("r", "a", "b", { claims: [claim({ source: "nope" })] })] }), file: "data/relations/main.json", record: "r", field: "claims[0].source", says: /unknown source "nope"/ },
  { name: "quote not in the source", data: () => dataset({ relations: [relation("r", "a", "b", { claims: [claim({ quote: "A and B were enemies." })] })] }), file: "data/relations/main.json", record: "r", field: "claims[0].quote", says: /not found verbatim in s1\.txt.*matches up to "A and B were "/ },
  { name: "duplicate actor id", data: () => dataset({ actors: [actor("a"), actor("b"), actor("a")] }), file: "data/actors.json", record: "a", field: "id", says: /duplicate actor id/ },
  { name: "relation without claims", data: () => dataset({ relations: [relation("r", "a", "b", { claims: [] })] }), file: "data/relations/main.json", record: "r", field: "claims", says: /at least one claim/ },
  { name: "misspelt field", data: () => dataset({ actors: [actor("a"), { ...actor("b"), descripton: "x" } as never, actor("c")] }), file: "data/actors.json", record: "b", field: "", says: /Unrecognized key: "descripton"/ },
  { name: "record without id", data: () => dataset({ sources: [source("s1"), { title: "t" } as never] }), file: "data/sources.json", record: "#1", field: "id", says: /expected string/ },
  { name: "non-http url", data: () => dataset({ sources: [source("s1", { url: "javascript:alert(1)" })] }), file: "data/sources.json", record: "s1", field: "url", says: /http\(s\) URL/ },
  { name: "relation to itself", data: () => dataset({ relations: [relation("r", "a", "a")] }), file: "data/relations/main.json", record: "r", field: "target", says: /two different actors/ },
  { name: "unknown parent coalition", data: () => dataset({ actors: [actor("a", { parent: "nowhere" }), actor("b"), actor("c")] }), file: "data/actors.json", record: "a", field: "parent", says: /unknown actor "nowhere"/ },
  { name: "dispute pointing at a missing relation", data: () => dataset({ disputes: [{ id: "d", question: "Q?", sides: [{ relation: "a-b", position: "yes" }, { relation: "gone", position: "no" }] }] }), file: "data/disputes.json", record: "d", field: "sides[1].relation", says: /unknown relation "gone"/ },
  { name: "dispute side pinned to a source the relation does not cite", data: () => dataset({ sources: [source("s1"), source("s2")], disputes: [{ id: "d", question: "Q?", sides: [{ relation: "a-b", source: "s1", position: "yes" }, { relation: "a-b", source: "s2", position: "no" }] }] }), file: "data/disputes.json", record: "d", field: "sides[1].source", says: /has no claim from source "s2"/ },
  { name: "dispute side pinned to a quote no claim begins with", data: () => dataset({ sources: [source("s1")], relations: [relation("a-b", "a", "b", { claims: [claim({ quote: "A and B were allies." }), claim({ quote: "Intro." })] })], disputes: [{ id: "d", question: "Q?", sides: [{ relation: "a-b", source: "s1", quote: "A and B", position: "yes" }, { relation: "a-b", source: "s1", quote: "Later", position: "no" }] }] }), file: "data/disputes.json", record: "d", field: "sides[1].quote", says: /no claim of relation "a-b" from "s1" begin/ },
  { name: "corpus file missing", data: () => dataset({ sources: [source("s1", { corpusFile: "gone.txt" })] }), file: "data/sources.json", record: "s1", field: "corpusFile", says: /not in the corpus directory/ },
];

describe("validator: every kind of bad input is named by file, record and field", () => {
  it.each(BAD_INPUTS)("$name", ({ data, file, record, field, says }) => {
    const errors = errorsOf(data());
    const match = errors.find((p) => p.file === file && p.record === record && p.field === field);
    expect(match, `errors were:\n${errors.map(formatProblem).join("\n")}`).toBeDefined();
    expect(match?.message).toMatch(says);
    expect(formatProblem(match!)).toContain(file);
  });

  it("lists every problem, not just the first, and loads nothing", () => {
    const broken = dataset({ relations: [relation("r1", "a", "zz"), relation("r2", "a", "b", { type: "friend" as never }), relation("r3", "b", "c", { start: "2005", end: "2001" })] });
    const report = validateDataset(filesOf(broken), CORPUS);
    expect(report.problems.filter((p) => p.severity === "error").map((p) => p.record)).toEqual(expect.arrayContaining(["r1", "r2", "r3"]));
    expect(report.dataset).toBeNull();
  });

  it("reports a file that is not JSON, with the file name", () => {
    const files = filesOf(dataset());
    files[2] = { ...files[2]!, text: '{"relations": [' };
    const report = validateDataset(files, CORPUS);
    expect(report.problems[0]).toMatchObject({ file: "data/relations/main.json", record: null, message: expect.stringMatching(/not valid JSON/) });
    expect(report.dataset).toBeNull();
  });

  it("does not report a reference to a record that is itself invalid twice", () => {
    const broken = dataset({ actors: [actor("a"), { ...actor("b"), kind: "planet" } as never, actor("c")] });
    const errors = errorsOf(broken);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ record: "b", field: "kind" });
  });
});

describe("validator: warnings", () => {
  it("warns, with both dates, when a relation falls outside an actor's lifespan", () => {
    const data = dataset({ actors: [actor("a", { lifespan: { start: "2002", end: "ongoing" } }), actor("b"), actor("c")] });
    const report = validateDataset(filesOf(data), CORPUS);
    expect(report.dataset).not.toBeNull();
    const warning = report.problems.find((p) => p.severity === "warning");
    expect(warning).toMatchObject({ record: "a-b", field: "start" });
    expect(warning?.message).toMatch(/starts 2000.*lifespan starts 2002/);
  });

  it("lets a successor continue an actor that no longer exists, but warns for any other type", () => {
    const gone = actor("b", { lifespan: { start: "1990", end: "1995" } });
    const lineage = dataset({ actors: [actor("a"), gone, actor("c")], relations: [relation("a-b", "a", "b", { type: "continues", start: "2000", end: "2001" })] });
    expect(validateDataset(filesOf(lineage), CORPUS).problems).toEqual([]);
    const alliance = dataset({ actors: [actor("a"), gone, actor("c")], relations: [relation("a-b", "a", "b", { start: "2000", end: "2001" })] });
    expect(validateDataset(filesOf(alliance), CORPUS).problems.find((p) => p.severity === "warning")?.message).toMatch(/after target "b" ceased to exist/);
  });

  it("warns when one relation is written twice instead of carrying two claims", () => {
    const data = dataset({ relations: [relation("r1", "a", "b"), relation("r2", "b", "a", { start: "2001", end: "2003" })] });
    const warning = validateDataset(filesOf(data), CORPUS).problems.find((p) => p.severity === "warning");
    expect(warning).toMatchObject({ record: "r2", message: expect.stringMatching(/overlaps relation "r1"/) });
  });
});
