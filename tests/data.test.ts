import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "@/lib/dataset/load-dataset";
import { formatProblem } from "@/lib/dataset/problem";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { defaultFilters } from "@/lib/filters";
import { relationsOf, snapshotOf } from "@/lib/snapshot";

// The texts live in the repository, so every clone can check every quote.
const report = validateDataDir("data", "data/corpus");
const NAMED = ["iran", "taliban", "united-states", "northern-alliance", "hazaras", "al-qaeda", "islamic-state", "karzai-government"];

describe("the shipped dataset", () => {
  it("validates with no errors", () => {
    const errors = report.problems.filter((p) => p.severity === "error");
    expect(errors.map(formatProblem)).toEqual([]);
  });

  it("has every quote verbatim in its source, and every source's text inside the repository", () => {
    expect(report.quotes?.total).toBeGreaterThan(300);
    expect(report.quotes?.verified).toBe(report.quotes?.total);
    for (const source of report.dataset?.sources ?? []) {
      expect(existsSync(path.join("data/corpus", source.corpusFile)), source.corpusFile).toBe(true);
      expect(existsSync(path.join("data/corpus", `${source.corpusFile}.provenance.json`)), `${source.corpusFile} provenance`).toBe(true);
    }
    expect(report.problems.filter((p) => p.severity === "warning")).toEqual([]);
  });

  it("lets a reader follow every source: a URL, outlet and author, or a reason each is not known", () => {
    for (const source of report.dataset?.sources ?? []) {
      for (const field of ["url", "outlet", "author"] as const) {
        expect(source[field] !== undefined || source.unknown?.[field] !== undefined, `${source.id}: ${field}`).toBe(true);
      }
      expect(source.title, source.id).not.toMatch(/untitled/i);
      if (source.published.approximate) expect(source.published.note, `${source.id}: why the date is approximate`).toBeDefined();
    }
  });

  it("names no corpus file by number in anything a reader sees", () => {
    const texts = JSON.stringify({ ...report.dataset, relations: report.dataset?.relations.map((r) => ({ ...r, claims: r.claims.map((c) => ({ ...c, quote: "" })) })) });
    expect(texts.match(/(?<![\d.,:/-])00[0-4](?!\d|,\d)|\bcorpus\b(?!File)/gi)).toBeNull();
  });

  it("holds the eight named actors under their fixed ids, and well over a hundred relations", () => {
    const ids = new Set(report.dataset?.actors.map((a) => a.id));
    for (const id of NAMED) expect(ids.has(id), id).toBe(true);
    expect(report.counts.relations).toBeGreaterThan(100);
  });

  it("cites every source at least once and keeps relations with several sources", () => {
    const dataset = report.dataset!;
    const cited = new Set(dataset.relations.flatMap((r) => r.claims.map((c) => c.source)));
    expect([...cited].sort()).toEqual(dataset.sources.map((s) => s.id).sort());
    expect(dataset.relations.some((r) => new Set(r.claims.map((c) => c.source)).size >= 2)).toBe(true);
  });

  it("tells the Iran–Taliban story: enemies around 1998, partners after 2021", () => {
    const model = buildAllianceModel(report.dataset!);
    const between = (year: number) =>
      relationsOf(model, snapshotOf(model, { year, filters: defaultFilters() })).filter((r) => [r.source, r.target].sort().join() === "iran,taliban").map((r) => r.type);
    expect(between(1998)).toEqual(expect.arrayContaining(["enemy"]));
    expect(between(2022).some((type) => ["supports", "cooperates", "ally", "negotiates"].includes(type))).toBe(true);
  });

  it("keeps contradicting claims as disputes", () => {
    expect(report.dataset!.disputes.length).toBeGreaterThanOrEqual(3);
  });
});

// Common spellings readers type are aliases, so search finds the actor by any of them.
describe("the shipped actors answer to common spellings", () => {
  it.each([
    ["Taleban", "taliban"],
    ["Hizb-e Wahdat", "hezbe-wahdat"],
    ["ISIL", "islamic-state"],
    ["Daesh", "islamic-state"],
    ["Popular Mobilization Forces", "hashd-al-shaabi"],
    ["Hizb al-Dawa", "islamic-dawa-party"],
  ])("%s is an alias of %s", (spelling, id) => {
    const actor = report.dataset?.actors.find((a) => a.id === id);
    expect(actor?.aliases.map((alias) => alias.toLowerCase())).toContain(spelling.toLowerCase());
  });

  it("gives no two actors the same name or alias", () => {
    const names = (report.dataset?.actors ?? []).flatMap((a) => [a.name, ...a.aliases].map((n) => n.toLowerCase()));
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });
});
