import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_FILES, SNAPSHOT_SCHEMA_FILE, type DataFileKind } from "@/lib/schema/files";
import { jsonSchemaFor, snapshotJsonSchema } from "@/lib/schema/json-schema";

describe("JSON Schema for editors", () => {
  it.each(Object.keys(DATA_FILES) as DataFileKind[])("data/schema for %s is up to date with the zod schema (run `npm run schema`)", (kind) => {
    const committed = JSON.parse(readFileSync(path.join("data/schema", DATA_FILES[kind].schemaFile), "utf8"));
    expect(committed).toEqual(jsonSchemaFor(kind));
  });

  it("offers the closed relation-type vocabulary to editors", () => {
    const schema = JSON.stringify(jsonSchemaFor("relations"));
    for (const type of ["ally", "enemy", "rival", "cooperates", "supports", "funds", "arms", "trains", "hosts", "negotiates", "attacks", "proxy-of"]) {
      expect(schema).toContain(`"${type}"`);
    }
  });
});

describe("JSON Schema of a snapshot file", () => {
  it("is up to date", () => {
    const committed = JSON.parse(readFileSync(path.join("data/schema", SNAPSHOT_SCHEMA_FILE), "utf8"));
    expect(committed).toEqual(snapshotJsonSchema());
  });
});
