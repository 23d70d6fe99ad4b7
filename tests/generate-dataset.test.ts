import { describe, expect, it } from "vitest";
import { validateDataset } from "@/lib/dataset/validate-dataset";
import type { DataFileText } from "@/lib/dataset/parse-data-files";
import { generateDataset, type GeneratedDataset } from "@/lib/generate/generate-dataset";
import { datasetFiles } from "@/lib/generate/write-dataset";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { relationYears } from "@/lib/time/year-span";

/** The generated files as the validator reads them from disk, with the generated corpus. */
function validate(data: GeneratedDataset) {
  const files: DataFileText[] = [];
  for (const [name, text] of datasetFiles(data)) {
    if (name.startsWith("corpus/")) continue;
    const kind = name.startsWith("relations/") ? "relations" : (name.replace(".json", "") as DataFileText["kind"]);
    files.push({ kind, file: `gen/${name}`, text });
  }
  return validateDataset(files, { label: "gen/corpus", texts: data.corpus });
}

const small = generateDataset({ actors: 120, relations: 1200, seed: 7 });

describe("generateDataset", () => {
  it("is deterministic: the same seed gives byte-identical files", () => {
    const again = generateDataset({ actors: 120, relations: 1200, seed: 7 });
    expect([...datasetFiles(again)]).toEqual([...datasetFiles(small)]);
  });

  it("gives a different dataset for a different seed", () => {
    const other = generateDataset({ actors: 120, relations: 1200, seed: 8 });
    expect(datasetFiles(other).get("actors.json")).not.toEqual(datasetFiles(small).get("actors.json"));
    expect(other.relations.map((r) => r.id)).not.toEqual(small.relations.map((r) => r.id));
  });

  it("makes exactly the numbers of actors and relations asked for", () => {
    expect(small.actors).toHaveLength(120);
    expect(small.relations).toHaveLength(1200);
  });

  it("is valid under the schema, with every quote verified against its own corpus and no warning", () => {
    const report = validate(small);
    expect(report.problems).toEqual([]);
    expect(report.dataset).not.toBeNull();
    expect(report.quotes).toMatchObject({ verified: report.counts.claims, total: report.counts.claims });
    expect(report.counts.disputes).toBeGreaterThan(0);
  });

  it("stays valid for tiny and lopsided sizes", () => {
    for (const options of [{ actors: 2, relations: 1 }, { actors: 50, relations: 10 }, { actors: 5, relations: 300 }]) {
      const data = generateDataset({ ...options, seed: "tiny" });
      expect(data.relations).toHaveLength(options.relations);
      expect(validate(data).problems.filter((p) => p.severity === "error")).toEqual([]);
    }
  });

  it("has skewed degrees: a few hubs far above the median", () => {
    const degree = new Map<string, number>();
    for (const r of small.relations) for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(sorted[0]!).toBeGreaterThan(5 * median);
    // Every actor takes part in at least one relation when there are enough relations.
    expect(degree.size).toBe(small.actors.length);
  });

  it("spans one to thirty years across fifty, with some ongoing and some unknown ends", () => {
    const model = buildAllianceModel(small);
    expect(model.years).toEqual({ first: 1975, last: 2024 });
    const lengths = small.relations.filter((r) => r.end !== "ongoing" && r.end !== "unknown").map((r) => relationYears(r, 2024)).map((s) => s.to - s.from + 1);
    expect(Math.min(...lengths)).toBe(1);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(30);
    expect(Math.max(...lengths)).toBeGreaterThan(15);
    const share = (end: string) => small.relations.filter((r) => r.end === end).length / small.relations.length;
    expect(share("ongoing")).toBeGreaterThan(0.03);
    expect(share("unknown")).toBeGreaterThan(0.05);
  });

  it("uses many relation types, supports more often than the narrow ones, and several claims on some relations", () => {
    const count = (type: string) => small.relations.filter((r) => r.type === type).length;
    expect(new Set(small.relations.map((r) => r.type)).size).toBeGreaterThanOrEqual(15);
    expect(count("supports")).toBeGreaterThan(count("advises"));
    expect(small.relations.some((r) => r.claims.length > 1)).toBe(true);
    expect(small.relations.every((r) => new Set(r.claims.map((c) => c.source)).size === r.claims.length)).toBe(true);
  });
});
