// Regenerates data/schema/*.schema.json from the zod schemas: `npm run schema`.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATA_FILES, SNAPSHOT_SCHEMA_FILE, type DataFileKind } from "../lib/schema/files";
import { jsonSchemaFor, provenanceJsonSchema, snapshotJsonSchema } from "../lib/schema/json-schema";

const outDir = path.resolve(process.argv[2] ?? "data/schema");
mkdirSync(outDir, { recursive: true });
for (const kind of Object.keys(DATA_FILES) as DataFileKind[]) {
  const file = path.join(outDir, DATA_FILES[kind].schemaFile);
  writeFileSync(file, JSON.stringify(jsonSchemaFor(kind), null, 2) + "\n");
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

for (const [name, schema] of [[SNAPSHOT_SCHEMA_FILE, snapshotJsonSchema()], ["provenance.schema.json", provenanceJsonSchema()]] as const) {
  const file = path.join(outDir, name);
  writeFileSync(file, JSON.stringify(schema, null, 2) + "\n");
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
