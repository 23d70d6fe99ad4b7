import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toGexf } from "@/lib/export/to-gexf";
import { defaultFilters } from "@/lib/filters";
import { buildAllianceModel } from "@/lib/graph";
import { generateDataset } from "@/lib/generate/generate-dataset";
import { snapshotRecordsOf, type SnapshotScope } from "@/lib/snapshot";
import { exportModel } from "./fixtures/export-model";
import { hostileModel } from "./fixtures/hostile-model";

// The GEXF writer is tuned for speed; these pin its output byte for byte, as written before the
// tuning, so a faster writer cannot change a file a reader already opens in Gephi.
const ALL_YEARS: SnapshotScope = { year: null, filters: defaultFilters() };
const GOLDEN_DIR = path.resolve("tests/fixtures/gexf-golden");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const generated = generateDataset({ actors: 120, relations: 1200, seed: 7 });
// Some sources unverified, so the quotes_verified column says false somewhere.
const partlyUnverified = buildAllianceModel({ ...generated, unverifiedSources: generated.sources.filter((_, i) => i % 7 === 0).map((s) => s.id) });

describe("GEXF output stays byte for byte the same", () => {
  it("for the export fixture and the hostile fixture (files in tests/fixtures/gexf-golden)", () => {
    expect(toGexf(snapshotRecordsOf(exportModel, ALL_YEARS), "2026-11-23")).toBe(readFileSync(path.join(GOLDEN_DIR, "export-model.gexf"), "utf8"));
    expect(toGexf(snapshotRecordsOf(hostileModel, ALL_YEARS), "2026-11-23")).toBe(readFileSync(path.join(GOLDEN_DIR, "hostile-model.gexf"), "utf8"));
  });

  it("for a generated dataset of 1,200 relations with hubs, disputes and unverified sources, every year and one filtered year", () => {
    const every = toGexf(snapshotRecordsOf(partlyUnverified, ALL_YEARS), "2026-11-23");
    expect(every).toContain('for="quotes_verified" value="false"');
    expect(every).toContain('for="disputed" value="true"');
    expect(sha256(every)).toBe("a4890ec79ffc739408e8dcf87fe9ca81e3af48dd451ff111dc28bd166bdbb99d");
    const filtered = toGexf(snapshotRecordsOf(partlyUnverified, { year: 2001, filters: { ...defaultFilters(), types: ["ally", "enemy"] } }), "2026-11-23");
    expect(sha256(filtered)).toBe("d674c880957fbf2862741ec23ab74320eed8059334a7fcebff2f089d593de702");
  });

  it("for actors whose lifespan is narrower than their relations (each widened to hold them)", () => {
    const narrowed = buildAllianceModel({ ...generated, actors: generated.actors.map((a, i) => (i % 3 === 0 ? { ...a, lifespan: { start: "1995-06", end: "1996" } } : a)) });
    const xml = toGexf(snapshotRecordsOf(narrowed, ALL_YEARS), "2026-11-23");
    expect(xml).toMatch(/<node [^>]*start="19[0-8]\d-/);
    expect(sha256(xml)).toBe("84bbe8b2f1a0c51d952bada4c3c752a9457fcb3837b7dd5ea93074c2501f1050");
  });
});
