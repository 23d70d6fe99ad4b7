import path from "node:path";
import { z } from "zod";
import { DATA_FILES, type DataFileKind } from "../schema";
import type { DataFileText } from "./parse-data-files";
import { parseJsonText } from "./parse-json-text";
import { fieldPath, type Problem } from "./problem";
import { readFileSafely } from "./read-file-safely";

// The outer shape only; records are parsed one by one later, like those of a data directory.
const SnapshotEnvelopeSchema = z.strictObject({
  $schema: z.string().optional(),
  snapshot: z.unknown().optional(),
  actors: z.array(z.unknown()),
  sources: z.array(z.unknown()),
  relations: z.array(z.unknown()),
  disputes: z.array(z.unknown()),
  // Informational: the validator checks every quote again against the corpus it is given.
  unverifiedSources: z.array(z.unknown()).optional(),
});

/**
 * Reads a one-file dataset (a JSON snapshot export) as if it were the four data files, so it is
 * checked by exactly the same code; every message names the snapshot file.
 */
export function readSnapshotFile(file: string): { files: DataFileText[]; problems: Problem[] } {
  const display = path.relative(process.cwd(), file) || file;
  const read = readFileSafely(file, path.dirname(file));
  const json = read.ok ? parseJsonText(read.text) : read;
  if (!json.ok) {
    const message = read.ok || read.message !== "not found" ? json.message : "data directory or snapshot file not found";
    return { files: [], problems: [{ severity: "error", file: display, record: null, field: "", message }] };
  }
  const envelope = SnapshotEnvelopeSchema.safeParse(json.value);
  if (!envelope.success) {
    const problems = envelope.error.issues.map((issue): Problem => ({
      severity: "error",
      file: display,
      record: null,
      field: fieldPath(issue.path),
      message: `expected a snapshot {"actors", "sources", "relations", "disputes"}: ${issue.message}`,
    }));
    return { files: [], problems };
  }
  const files = (Object.keys(DATA_FILES) as DataFileKind[]).map((kind) => ({
    kind,
    file: display,
    text: JSON.stringify({ [kind]: envelope.data[kind] }),
  }));
  return { files, problems: [] };
}
