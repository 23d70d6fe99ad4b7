import { datasetYears } from "../time/dataset-years";
import type { DataFileKind, Dataset } from "../schema";
import { checkDisputes } from "./check-disputes";
import { checkDuplicateRelations } from "./check-duplicate-relations";
import { checkEvidenceKinds } from "./check-evidence-kinds";
import { checkNoteReferences } from "./check-note-references";
import { checkProvenance } from "./check-provenance";
import { checkReferences } from "./check-references";
import { checkSourceCitations } from "./check-sources";
import { checkLifespans, checkSpans } from "./check-spans";
import { checkUniqueIds } from "./check-unique-ids";
import { type DataFileText, parseDataFiles } from "./parse-data-files";
import type { Problem } from "./problem";
import { type AbsentTexts, verifyQuotes } from "./verify-quotes";

export interface Corpus {
  /** Where the texts came from, for messages ("data/corpus"). */
  label: string;
  texts: ReadonlyMap<string, string>;
  /** SHA-256 of each text's bytes and the provenance sidecars, when read from disk. */
  digests?: ReadonlyMap<string, string>;
  provenance?: readonly { file: string; name: string; text: string }[];
}

export interface ValidationReport {
  /** The dataset, only when there is no error: never a partial one. */
  dataset: Dataset | null;
  problems: Problem[];
  counts: { actors: number; relations: number; claims: number; sources: number; disputes: number };
  /** Null when no corpus was given, so quotes were not checked. */
  quotes: { verified: number; total: number; corpus: string } | null;
}

/** Runs every check over the files' texts and collects every problem; it never stops at the first. */
export function validateDataset(files: readonly DataFileText[], corpus: Corpus | null, unread: readonly DataFileKind[] = [], absentTexts: AbsentTexts = "error"): ValidationReport {
  const { records, problems } = parseDataFiles(files, unread);
  problems.push(...checkUniqueIds(records), ...checkReferences(records), ...checkSpans(records), ...checkDisputes(records));
  problems.push(...checkNoteReferences(records), ...checkEvidenceKinds(records), ...checkSourceCitations(records));

  const relations = records.relations.map((r) => r.value);
  const sources = records.sources.map((s) => s.value);
  if (relations.length > 0) {
    const { last } = datasetYears({ relations, sources });
    problems.push(...checkLifespans(records), ...checkDuplicateRelations(records, last));
  }

  let quotes: ValidationReport["quotes"] = null;
  // Without a corpus nothing was checked: every source's quotes are shown as not verified.
  let unverifiedSources = sources.map((source) => source.id);
  if (corpus !== null) {
    const check = verifyQuotes(records, corpus.texts, corpus.label, absentTexts);
    unverifiedSources = check.unverifiedSources;
    problems.push(...check.problems);
    quotes = { verified: check.verified, total: check.total, corpus: corpus.label };
    problems.push(...checkProvenance(records, corpus));
  }

  const dataset: Dataset = { actors: records.actors.map((a) => a.value), sources, relations, disputes: records.disputes.map((d) => d.value), unverifiedSources };
  const hasError = problems.some((problem) => problem.severity === "error");
  return {
    dataset: hasError ? null : dataset,
    problems,
    counts: {
      actors: dataset.actors.length,
      relations: relations.length,
      claims: relations.reduce((sum, relation) => sum + relation.claims.length, 0),
      sources: sources.length,
      disputes: dataset.disputes.length,
    },
    quotes,
  };
}
