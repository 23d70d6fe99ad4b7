import { z } from "zod";
import { ActorSchema, ClaimSchema, type DataFileKind, DisputeSchema, RelationSchema, SourceSchema } from "../schema";
import { parseJsonText } from "./parse-json-text";
import { fieldPath, type Problem } from "./problem";
import { emptyRecords, type ParsedRecords } from "./records";

/** A data file's text before parsing, named as the user should see it in messages. */
export interface DataFileText {
  kind: DataFileKind;
  file: string;
  text: string;
}

const RECORD_SCHEMAS = { actors: ActorSchema, sources: SourceSchema, relations: RelationSchema, disputes: DisputeSchema } as const;

const envelopeOf = (kind: DataFileKind) => z.strictObject({ $schema: z.string().optional(), [kind]: z.array(z.unknown()) });
// Built once: zod compiles each schema on first use, and a spreadsheet's rows arrive as thousands of files.
const ENVELOPES = { actors: envelopeOf("actors"), sources: envelopeOf("sources"), relations: envelopeOf("relations"), disputes: envelopeOf("disputes") } as const;
const envelopeSchema = (kind: DataFileKind) => ENVELOPES[kind];

function recordName(raw: unknown, index: number): string {
  if (typeof raw === "object" && raw !== null && "id" in raw && typeof raw.id === "string" && raw.id !== "") return raw.id;
  return `#${index}`;
}

/**
 * Parses every file record by record, so one bad record is reported without hiding the
 * problems of the others. Valid records are kept with their file; nothing is dropped silently.
 */
export function parseDataFiles(files: readonly DataFileText[], unread: readonly DataFileKind[] = []): { records: ParsedRecords; problems: Problem[] } {
  const records = emptyRecords();
  for (const kind of unread) records.unreadKinds.add(kind);
  const problems: Problem[] = [];
  for (const { kind, file, text } of files) {
    const json = parseJsonText(text);
    if (!json.ok) {
      problems.push({ severity: "error", file, record: null, field: "", message: json.message });
      records.unreadKinds.add(kind);
      continue;
    }
    const envelope = envelopeSchema(kind).safeParse(json.value);
    if (!envelope.success) {
      records.unreadKinds.add(kind);
      for (const issue of envelope.error.issues) {
        problems.push({ severity: "error", file, record: null, field: fieldPath(issue.path), message: `expected an object {"${kind}": [...]}: ${issue.message}` });
      }
      continue;
    }
    const list = (envelope.data as Record<string, unknown[]>)[kind] ?? [];
    list.forEach((raw, index) => {
      const name = recordName(raw, index);
      const parsed = RECORD_SCHEMAS[kind].safeParse(raw);
      if (parsed.success) {
        (records[kind] as { value: unknown; file: string }[]).push({ value: parsed.data, file });
        return;
      }
      if (name !== `#${index}`) records.invalidIds[kind].add(name);
      if (kind === "relations") keepStrayClaims(raw, name, file, records);
      for (const issue of parsed.error.issues) {
        problems.push({ severity: "error", file, record: name, field: fieldPath(issue.path), message: issue.message });
      }
    });
  }
  return { records, problems };
}

function keepStrayClaims(raw: unknown, relation: string, file: string, records: ParsedRecords): void {
  const claims = typeof raw === "object" && raw !== null && "claims" in raw && Array.isArray(raw.claims) ? (raw.claims as unknown[]) : [];
  claims.forEach((candidate, index) => {
    const claim = ClaimSchema.safeParse(candidate);
    if (claim.success) records.strayClaims.push({ relation, file, index, claim: claim.data });
  });
}
