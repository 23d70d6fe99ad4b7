import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { formatProblem, loadDataset, readCorpusDir, validateDataDir } from "@/lib/dataset";
import { applyEdit, type DataFileEntry, dataFilesOf, type Edit, type EditableDataset, EMPTY_EDITABLE, snapshotTextOf, zipFiles } from "@/lib/edit";
import { importDataset } from "@/lib/import";
import { runValidate } from "./fixtures/validate-cli";

const shipped: EditableDataset = { dataset: loadDataset("data"), texts: Object.fromEntries(readCorpusDir("data/corpus").corpus?.texts ?? []) };
const QUOTE = "This is nothing hidden. We are grateful for Iranian help in this regard.";

function written(entries: readonly DataFileEntry[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "allegiances-edited-"));
  for (const entry of entries) {
    mkdirSync(path.dirname(path.join(dir, entry.path)), { recursive: true });
    writeFileSync(path.join(dir, entry.path), entry.bytes);
  }
  return dir;
}

function edited(): EditableDataset {
  const result = applyEdit(shipped, {
    kind: "put-relation",
    relation: { id: "karzai-government-cooperates-iran-2010-10", source: "karzai-government", target: "iran", type: "cooperates", start: "2010-10", end: "2010-10", claims: [{ source: "mepa-iran-us-cooperation", quote: QUOTE, evidence: "participant", speaker: { name: "Hamid Karzai", role: "President of Afghanistan", actor: "karzai-government" } }] },
    replaces: null,
  });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.value;
}

describe("an edited dataset, downloaded as data files", () => {
  const value = edited();

  it("passes the validator with every quote verified and no warning, and reads back as the same dataset", async () => {
    const dir = written(await dataFilesOf(value));
    const report = validateDataDir(dir, path.join(dir, "corpus"));
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.quotes).toMatchObject({ verified: report.counts.claims, total: report.counts.claims });
    expect(report.dataset).toEqual(value.dataset);
  });

  it("lays the files out as data/ does: one record file each, relations/, corpus/ with provenance, schema/", async () => {
    const paths = (await dataFilesOf(value)).map((entry) => entry.path);
    expect(paths).toEqual(expect.arrayContaining(["actors.json", "sources.json", "disputes.json", "relations/relations.json", "corpus/mepa-iran-us-cooperation.txt", "corpus/mepa-iran-us-cooperation.txt.provenance.json", "schema/relations.schema.json"]));
    const dir = written(await dataFilesOf(value));
    // The JSON Schemas are the ones data/schema holds, so an editor checks the files the same way.
    expect(readFileSync(path.join(dir, "schema/actors.schema.json"), "utf8")).toBe(readFileSync("data/schema/actors.schema.json", "utf8"));
    expect(JSON.parse(readFileSync(path.join(dir, "relations/relations.json"), "utf8")).$schema).toBe("../schema/relations.schema.json");
  });

  it("zips to a .zip that `npm run validate` accepts once unzipped, and that Open dataset reads back", async () => {
    const zip = zipFiles(await dataFilesOf(value));
    const unzipped = Object.entries(unzipSync(zip)).map(([name, bytes]) => ({ path: name, bytes }));
    const dir = written(unzipped);
    const cli = runValidate([], { ALLEGIANCES_DATA: dir });
    expect(cli.stderr).toBe("");
    expect(cli.status).toBe(0);
    const claims = value.dataset.relations.reduce((sum, relation) => sum + relation.claims.length, 0);
    expect(cli.stdout).toContain(`${shipped.dataset.relations.length + 1} relations, ${claims} claims`);
    expect(cli.stdout).toMatch(new RegExp(`^valid: .*; ${claims}/${claims} quotes verified .*; 0 warning\\(s\\)`));
    const opened = await importDataset([{ path: "allegiances-data.zip", bytes: zip }]);
    expect(opened.ok && opened.dataset).toEqual(value.dataset);
  }, 30_000);

  it("as a one-file snapshot, validates against the texts and opens in the browser's door", async () => {
    const dir = written(await dataFilesOf(value));
    writeFileSync(path.join(dir, "snapshot.json"), snapshotTextOf(value.dataset));
    const report = validateDataDir(path.join(dir, "snapshot.json"), path.join(dir, "corpus"));
    expect(report.problems.filter((problem) => problem.severity === "error").map(formatProblem)).toEqual([]);
    expect(report.dataset?.relations).toEqual(value.dataset.relations);
    const opened = await importDataset([{ path: "snapshot.json", bytes: new TextEncoder().encode(snapshotTextOf(value.dataset)) }]);
    expect(opened.ok && opened.dataset.unverifiedSources).toEqual(value.dataset.sources.map((source) => source.id));
  });

  it("from scratch: an actor, a source with pasted text and a relation make a dataset that validates", async () => {
    let value: EditableDataset = EMPTY_EDITABLE;
    const steps = [
      { kind: "put-actor", actor: { id: "north", name: "North", aliases: [], kind: "state", description: "A state." }, replaces: null },
      { kind: "put-actor", actor: { id: "south", name: "South", aliases: [], kind: "state", description: "Another state." }, replaces: null },
      { kind: "put-source", source: { id: "gazette", title: "The Gazette", published: { date: "2020-05-01", approximate: false }, kind: "news-report", corpusFile: "gazette.txt", unknown: { outlet: "Pasted", author: "Pasted", url: "Pasted" } }, text: "North and South signed a pact.", replaces: null },
      { kind: "put-relation", relation: { id: "north-ally-south-2020", source: "north", target: "south", type: "ally", start: "2020-05", end: "ongoing", claims: [{ source: "gazette", quote: "North and South signed a pact.", evidence: "fact" }] }, replaces: null },
    ] satisfies Edit[];
    for (const step of steps) {
      const result = applyEdit(value, step);
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
      value = result.value;
    }
    const dir = written(await dataFilesOf(value));
    expect(validateDataDir(dir, path.join(dir, "corpus")).problems.map(formatProblem)).toEqual([]);
  });
});
