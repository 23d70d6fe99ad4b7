import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { toJsonSnapshot } from "@/lib/export";
import { ALL_EVIDENCE, ALL_TYPES } from "@/lib/filters";
import { buildAllianceModel } from "@/lib/graph";
import { formatImportProblem, importDataset, type ImportResult } from "@/lib/import";
import { templateDataset } from "@/lib/import/template/template-dataset";
import { csvZipBytes, workbookBytes } from "@/lib/import/template/write-template";
import { snapshotRecordsOf } from "@/lib/snapshot";
import { shipped, shippedTexts } from "./fixtures/workbooks";

/** The shipped data/ folder as a person would zip it: data files, corpus and provenance. */
function dataFolder(prefix: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "schema") walk(full);
      else if (entry.isFile()) files[`${prefix}${path.relative("data", full)}`] = new Uint8Array(readFileSync(full));
    }
  };
  walk("data");
  return files;
}

const asFiles = (entries: Record<string, Uint8Array>) => Object.entries(entries).map(([name, bytes]) => ({ path: name, bytes }));
const summaryOf = (result: ImportResult) => (result.ok ? result.summary : result.problems.map(formatImportProblem).join("\n"));

describe("every way of bringing the shipped data gives back exactly the shipped dataset", () => {
  const snapshot = toJsonSnapshot(snapshotRecordsOf(buildAllianceModel(shipped), { year: null, filters: { types: [...ALL_TYPES], evidence: [...ALL_EVIDENCE], source: null } }));
  it.each<[string, () => Promise<{ path: string; bytes: Uint8Array }[]>, RegExp]>([
    ["a .zip of the data folder, wrapped in a folder", async () => [{ path: "mine.zip", bytes: zipSync(dataFolder("data/")) }], /393\/393 quotes verified against mine\.zip\/data\/corpus/],
    ["the data folder itself", async () => asFiles(dataFolder("allegiances/data/")), /quotes verified against allegiances\/data\/corpus/],
    ["an .xlsx workbook with a text column", async () => [{ path: "all.xlsx", bytes: await workbookBytes(shipped, shippedTexts) }], /393\/393 quotes verified/],
    ["a .zip of CSV files", async () => [{ path: "all-csv.zip", bytes: csvZipBytes(shipped, shippedTexts) }], /393\/393 quotes verified/],
    ["CSV files named as a spreadsheet exports them", async () => asFiles(Object.fromEntries(Object.entries(unzipSync(csvZipBytes(shipped, shippedTexts))).map(([name, bytes]) => [`Allegiances - ${name}`, bytes]))), /393\/393 quotes verified/],
    ["a JSON snapshot with the corpus texts beside it", async () => [{ path: "all.json", bytes: strToU8(snapshot) }, ...asFiles(dataFolder("texts/")).filter((file) => file.path.endsWith(".txt"))], /393\/393 quotes verified/],
  ])("%s", async (_how, files, verified) => {
    const result = await importDataset(await files());
    expect(summaryOf(result)).toMatch(verified);
    expect(result.ok && result.dataset).toEqual(shipped);
  });

  it("a JSON snapshot without texts opens with every quote marked not verified", async () => {
    const result = await importDataset([{ path: "all.json", bytes: strToU8(snapshot) }]);
    expect(result.ok && result.dataset.unverifiedSources.length).toBe(shipped.sources.length);
  });
});

describe("the template", () => {
  // Generated from the shipped data by code: a few real rows, every sheet filled, every quote with its text.
  it.each([
    ["xlsx", async () => [{ path: "allegiances-template.xlsx", bytes: await workbookBytes(templateDataset(shipped), shippedTexts) }]],
    ["CSV zip", async () => [{ path: "allegiances-template-csv.zip", bytes: csvZipBytes(templateDataset(shipped), shippedTexts) }]],
  ])("round-trips as %s into a valid dataset of real rows, every quote verified", async (_format, files) => {
    const result = await importDataset(await files());
    expect(summaryOf(result)).toMatch(/valid: .*: 9 actors, 10 relations, 29 claims, 5 sources, 1 disputes; 29\/29 quotes verified/);
    if (!result.ok) return;
    expect(result.dataset).toEqual(templateDataset(shipped));
    for (const relation of result.dataset.relations) expect(shipped.relations).toContainEqual(relation);
    expect(result.dataset.relations.some((relation) => new Set(relation.claims.map((claim) => claim.source)).size > 1)).toBe(true);
  });
});

describe("files that are not a dataset", () => {
  it.each<[string, { path: string; bytes: Uint8Array }[], RegExp]>([
    ["a broken zip", [{ path: "broken.zip", bytes: strToU8("PK not really") }], /^error: broken\.zip: not a readable \.zip archive/],
    ["a broken workbook", [{ path: "broken.xlsx", bytes: zipSync({ "hello.txt": strToU8("hi") }) }], /^error: broken\.xlsx: not a readable \.xlsx workbook/],
    ["a JSON syntax error", [{ path: "mine.json", bytes: strToU8('{"actors": [,]}') }], /^error: mine\.json: not valid JSON at line 1, column 13/],
    ["a data folder without relations", [{ path: "d/actors.json", bytes: strToU8('{"actors": []}') }, { path: "d/sources.json", bytes: strToU8('{"sources": []}') }], /^error: d\/relations: missing: a dataset needs at least one relations\/\*\.json file/],
    ["an image", [{ path: "photo.png", bytes: new Uint8Array([137, 80, 78, 71]) }], /^error: photo\.png: nothing to open/],
    ["a snapshot of nothing", [{ path: "empty.json", bytes: strToU8('{"actors": [], "sources": [], "relations": [], "disputes": []}') }], /no relations: a dataset needs at least one relation/],
  ])("%s is refused with a message naming it", async (_what, files, message) => {
    const result = await importDataset(files);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map(formatImportProblem)).toContainEqual(expect.stringMatching(message));
  });
});
