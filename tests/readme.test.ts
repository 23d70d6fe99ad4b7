import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ACTOR_KINDS, EVIDENCE_KINDS, RELATION_TYPES, SOURCE_KINDS } from "@/lib/vocabulary";

const readme = readFileSync("README.md", "utf8");

describe("the README documents the data format", () => {
  it.each(Object.entries(RELATION_TYPES))("relation type %s with its direction", (id, info) => {
    const row = readme.split("\n").find((line) => line.startsWith(`| \`${id}\` |`));
    expect(row, `README has no table row for ${id}`).toBeDefined();
    expect(row).toContain(info.directed ? "directed" : "undirected");
  });

  it("every actor kind, source kind and evidence kind", () => {
    for (const kind of [...ACTOR_KINDS, ...SOURCE_KINDS, ...Object.keys(EVIDENCE_KINDS)]) expect(readme).toContain(`\`${kind}\``);
  });

  it("the two commands", () => {
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm test");
  });
});
