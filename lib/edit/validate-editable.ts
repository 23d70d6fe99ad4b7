import type { Problem } from "../dataset/problem";
import { validateDataset } from "../dataset/validate-dataset";
import type { EditableDataset } from "./editable-dataset";
import { CORPUS_FOLDER, recordFilesOf } from "./record-files";

export type EditResult =
  /** The edited dataset as the validator read it back (defaults filled in), and its warnings. */
  | { ok: true; value: EditableDataset; warnings: Problem[] }
  /** The edit is refused, the dataset unchanged: every error, naming file, record and field. */
  | { ok: false; problems: Problem[] };

/**
 * A dataset checked exactly as `npm run validate` checks its data files: every schema, every
 * cross-record check, every quote against its source's text (a source without one: not verified).
 */
export function validateEditable(value: EditableDataset): EditResult {
  const texts = new Map(Object.entries(value.texts));
  const report = validateDataset(recordFilesOf(value.dataset), { label: CORPUS_FOLDER, texts }, [], "unverified");
  const errors = report.problems.filter((problem) => problem.severity === "error");
  if (report.dataset === null || errors.length > 0) return { ok: false, problems: errors };
  // Only texts some source cites are kept: a text whose source went away is not data any more.
  const cited = new Set(report.dataset.sources.map((source) => source.corpusFile));
  const kept = Object.fromEntries(Object.entries(value.texts).filter(([name]) => cited.has(name)));
  return { ok: true, value: { dataset: report.dataset, texts: kept }, warnings: report.problems.filter((problem) => problem.severity === "warning") };
}
