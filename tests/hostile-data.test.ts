import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "@/lib/dataset/load-dataset";
import { BIDI_OVERRIDE, FORMULAS, IMG_ONERROR, MARKDOWN_AUTOLINK, MARKDOWN_IMAGE, MARKDOWN_LINK, SCRIPT_TAG, SVG_ONLOAD, XML_BREAKER, ZERO_WIDTH } from "./fixtures/hostile-strings";

// tests/fixtures/hostile-data is what the e2e "hostile" project builds and serves. It must stay a
// valid dataset (every quote in its own corpus/) that still carries every payload, within the
// rules the validator is getting: names and aliases of at most 120 characters, and no bidi or
// zero-width characters in ids or names (they go in descriptions, notes and quotes instead).

const DIR = path.resolve("tests/fixtures/hostile-data");
const report = validateDataDir(DIR, path.join(DIR, "corpus"));
const dataset = report.dataset!;
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

describe("the served hostile dataset", () => {
  it("validates, every quote found in its own corpus", () => {
    expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(dataset.relations.flatMap((r) => r.claims).length).toBeGreaterThan(5);
  });

  it("names every actor in exactly 120 characters, aliases in at most 120, ids and names visible", () => {
    for (const actor of dataset.actors) {
      expect(actor.name).toHaveLength(120);
      for (const alias of actor.aliases) expect(alias.length).toBeLessThanOrEqual(120);
      expect([actor.id, actor.name, ...actor.aliases].filter((text) => INVISIBLE.test(text))).toEqual([]);
    }
    expect(dataset.actors.some((actor) => /^\S{120}$/.test(actor.name))).toBe(true);
  });

  it.each([SCRIPT_TAG, IMG_ONERROR, SVG_ONLOAD, MARKDOWN_LINK, MARKDOWN_IMAGE, MARKDOWN_AUTOLINK, XML_BREAKER, BIDI_OVERRIDE, ZERO_WIDTH, ...FORMULAS.slice(0, 4)])("carries %j", (payload) => {
    expect(JSON.stringify(dataset)).toContain(JSON.stringify(payload).slice(1, -1));
  });

  it("puts bidi and zero-width characters in descriptions, notes and quotes", () => {
    expect(dataset.actors.some((actor) => actor.description.includes(BIDI_OVERRIDE))).toBe(true);
    expect(dataset.relations.some((relation) => relation.claims.some((claim) => claim.quote.includes(ZERO_WIDTH)))).toBe(true);
    expect(dataset.sources.some((source) => source.note?.includes(BIDI_OVERRIDE) === true)).toBe(true);
  });
});
