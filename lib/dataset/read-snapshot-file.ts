import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DATA_FILES, type DataFileKind } from "../schema";
import type { DataFileText } from "./parse-data-files";
import { fieldPath, type Problem } from "./problem";

// The outer shape only; records are parsed one by one later, like those of a data directory.
const SnapshotEnvelopeSchema = z.strictObject({
  $schema: z.string().optional(),
  snapshot: z.unknown().optional(),
  actors: z.array(z.unknown()),
  sources: z.array(z.unknown()),
  relations: z.array(z.unknown()),
  disputes: z.array(z.unknown()),
});

/**
 * Reads a one-file dataset (a JSON snapshot export) as if it were the four data files, so it is
 * checked by exactly the same code; every message names the snapshot file.
 */
export function readSnapshotFile(file: string): { files: DataFileText[]; problems: Problem[] } {
  const display = path.relative(process.cwd(), file) || file;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8"));
  } catch (error) {
    return { files: [], problems: [{ severity: "error", file: display, record: null, field: "", message: `not valid JSON (${(error as Error).message})` }] };
  }
  const envelope = SnapshotEnvelopeSchema.safeParse(json);
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
