import { PROVENANCE_SUFFIX, ProvenanceSchema } from "../schema";
import { parseJsonText } from "./parse-json-text";
import { fieldPath, type Problem } from "./problem";
import type { ParsedRecords } from "./records";
import type { Corpus } from "./validate-dataset";

/**
 * Every sidecar parses, sits beside its text, belongs to the source that cites that text, and
 * carries the SHA-256 of the text's exact bytes; a cited text without a sidecar is a warning.
 */
export function checkProvenance(records: ParsedRecords, corpus: Corpus): Problem[] {
  const { digests, provenance } = corpus;
  if (digests === undefined || provenance === undefined) return [];
  const problems: Problem[] = [];
  const described = new Set<string>();
  const sourceOf = new Map(records.sources.map(({ value }) => [value.id, value]));
  for (const sidecar of provenance) {
    const fail = (field: string, message: string) => problems.push({ severity: "error", file: sidecar.file, record: null, field, message });
    const json = parseJsonText(sidecar.text);
    if (!json.ok) {
      fail("", json.message);
      continue;
    }
    const parsed = ProvenanceSchema.safeParse(json.value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fail(fieldPath(issue.path), issue.message);
      continue;
    }
    const { text, sha256, source } = parsed.data;
    if (sidecar.name !== `${text}${PROVENANCE_SUFFIX}`) fail("text", `"${text}" does not match the sidecar's own name: expected ${sidecar.name.slice(0, -PROVENANCE_SUFFIX.length)}`);
    const digest = digests.get(text);
    if (digest === undefined) fail("text", `"${text}" is not in the corpus directory ${corpus.label}`);
    else if (digest !== sha256) fail("sha256", `the text ${text} has changed since its provenance was recorded (its SHA-256 is ${digest})`);
    const record = sourceOf.get(source);
    if (record === undefined) fail("source", `unknown source "${source}": expected the id of a record in sources.json`);
    else if (record.corpusFile !== text) fail("source", `source "${source}" cites ${record.corpusFile}, not ${text}`);
    described.add(text);
  }
  for (const { value: source, file } of records.sources) {
    if (corpus.texts.has(source.corpusFile) && !described.has(source.corpusFile)) {
      problems.push({ severity: "warning", file, record: source.id, field: "corpusFile", message: `${source.corpusFile} has no ${source.corpusFile}${PROVENANCE_SUFFIX} saying where the text came from` });
    }
  }
  return problems;
}
