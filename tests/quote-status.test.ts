import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/dataset/load-dataset";
import { DatasetError } from "@/lib/dataset/problem";
import Papa from "papaparse";
import { toCsv, toGexf, toJsonSnapshot, toSourcesMarkdown } from "@/lib/export";
import { defaultFilters } from "@/lib/filters";
import { buildAllianceModel } from "@/lib/graph";
import { snapshotRecordsOf } from "@/lib/snapshot";
import { isQuoteVerified, unverifiedNotice } from "@/lib/view";
import { dataset, source } from "./fixtures/builders";
import { viewModel } from "./view-fixture";

/** The shipped data without its corpus, in a folder of its own. */
function withoutCorpus(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "allegiances-nocorpus-")), "data");
  cpSync("data", dir, { recursive: true });
  rmSync(path.join(dir, "corpus"), { recursive: true });
  return dir;
}

afterEach(() => {
  delete process.env.ALLEGIANCES_UNVERIFIED;
  delete process.env.ALLEGIANCES_CORPUS;
});

describe("a dataset whose quotes cannot be checked", () => {
  it("is refused by the app's door, saying how to serve it anyway", () => {
    expect(() => loadDataset(withoutCorpus())).toThrow(DatasetError);
    expect(() => loadDataset(withoutCorpus())).toThrow(/no corpus: the quotes cannot be checked.*ALLEGIANCES_UNVERIFIED=1/);
  });

  it("with ALLEGIANCES_UNVERIFIED=1 loads, with every source's quotes marked as not verified", () => {
    process.env.ALLEGIANCES_UNVERIFIED = "1";
    const loaded = loadDataset(withoutCorpus());
    expect(loaded.unverifiedSources).toEqual(loaded.sources.map((s) => s.id));
    expect(loaded.relations.every((r) => r.claims.every((c) => !isQuoteVerified(loaded, c.source)))).toBe(true);
    expect(unverifiedNotice(loaded)).toBe("No quote in this dataset was verified against its source: the source texts were not available.");
  });

  it("loads verified when ALLEGIANCES_CORPUS names the texts kept elsewhere", () => {
    process.env.ALLEGIANCES_CORPUS = path.resolve("data/corpus");
    expect(loadDataset(withoutCorpus()).unverifiedSources).toEqual([]);
  });

  it("the shipped data, with its corpus, has every quote verified and no notice", () => {
    const loaded = loadDataset("data");
    expect(loaded.unverifiedSources).toEqual([]);
    expect(unverifiedNotice(loaded)).toBeNull();
  });

  it("names how many sources are unverified when only some are", () => {
    const data = dataset({ sources: [source("s1"), source("s2")], unverifiedSources: ["s2"] });
    expect(isQuoteVerified(data, "s1")).toBe(true);
    expect(isQuoteVerified(data, "s2")).toBe(false);
    expect(unverifiedNotice(data)).toBe("The quotes of 1 of 2 sources in this dataset were not verified against their sources: the source texts were not available.");
  });
});

describe("exports of a dataset whose quotes were not verified", () => {
  const model = buildAllianceModel({ ...viewModel.dataset, unverifiedSources: ["s1"] });
  const records = snapshotRecordsOf(model, { year: null, filters: defaultFilters() });

  it("mark each unverified claim in the CSV, and only those", () => {
    const rows = Papa.parse<Record<string, string>>(toCsv(records).replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    const marks = new Set(rows.map((row) => `${row.source_title}|${row.quote_verified}`));
    expect(marks).toContain("Report one|not verified against its source");
    expect([...marks].filter((mark) => !mark.startsWith("Report one|")).every((mark) => mark.endsWith("|verified against its source"))).toBe(true);
  });

  it("say so in the bibliography, the GEXF and the JSON snapshot", () => {
    expect(toSourcesMarkdown(records)).toMatch(/Report one.*Its quotes are not verified against its source\./);
    expect(toSourcesMarkdown(records)).not.toMatch(/Memoir.*not verified/);
    expect(toGexf(records, "2026-12-01")).toMatch(/<attvalue for="quotes_verified" value="false"\/>/);
    expect(JSON.parse(toJsonSnapshot(records)).unverifiedSources).toEqual(["s1"]);
    const verified = snapshotRecordsOf(viewModel, { year: null, filters: defaultFilters() });
    expect(toGexf(verified, "2026-12-01")).not.toMatch(/quotes_verified" value="false"/);
    expect(JSON.parse(toJsonSnapshot(verified)).unverifiedSources).toBeUndefined();
  });
});
