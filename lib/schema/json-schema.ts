import { z } from "zod";
import { DATA_FILES, type DataFileKind, SnapshotFileSchema } from "./files";
import { ProvenanceSchema } from "./provenance";

/**
 * JSON Schema for one kind of data file, for editors. zod drops `.refine()` checks here
 * (calendar validity of dates), which `npm run validate` still enforces.
 */
export function jsonSchemaFor(kind: DataFileKind): Record<string, unknown> {
  const { schema } = DATA_FILES[kind];
  return {
    ...z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" }),
    title: `Allegiances ${kind} file`,
  };
}

/** JSON Schema of a one-file snapshot export. */
export function snapshotJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(SnapshotFileSchema, { io: "input", target: "draft-2020-12" }), title: "Allegiances snapshot file" };
}

/** JSON Schema of a corpus text's provenance sidecar (`<text>.provenance.json`). */
export function provenanceJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(ProvenanceSchema, { io: "input", target: "draft-2020-12" }), title: "Allegiances corpus text provenance" };
}
