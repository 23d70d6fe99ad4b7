import { z } from "zod";
import { DATA_FILES, type DataFileKind } from "../schema";
import type { DataFileText } from "./parse-data-files";
import { parseJsonText } from "./parse-json-text";
import { fieldPath, type Problem } from "./problem";

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
 * A one-file dataset's text (a JSON snapshot export) as if it were the four data files, so it is
 * checked by exactly the same code; every message names `display`. Pure: the browser uses it too.
 */
export function snapshotFilesOf(text: string, display: string): { files: DataFileText[]; problems: Problem[] } {
  const json = parseJsonText(text);
  if (!json.ok) return { files: [], problems: [{ severity: "error", file: display, record: null, field: "", message: json.message }] };
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
