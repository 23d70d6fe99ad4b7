import { snapshotFilesOf } from "../dataset/snapshot-files";
import type { DataFileText } from "../dataset/parse-data-files";
import { formatValidationSummary } from "../dataset/summary";
import { type Corpus, validateDataset } from "../dataset/validate-dataset";
import type { DataFileKind, Dataset } from "../schema";
import { type BroughtFile, extensionOf, normalPath, textOf } from "./brought-file";
import { type ImportProblem, importProblemOf, sheetProblem } from "./import-problem";
import { layoutRoot, readRepositoryLayout } from "./repository-layout";
import { locateProblem } from "./sheets/locate-problem";
import { readSheets } from "./sheets/read-sheets";
import type { RecordOrigin } from "./sheets/sheets-to-records";
import { corpusOf, type GivenText } from "./source-texts";
import { unzipFiles } from "./unzip-files";

export type ImportFormat = "data-files" | "workbook" | "csv" | "snapshot";
export type ImportPhase = "unpacking" | "reading" | "checking";

export type ImportResult =
  /** `texts`: each cited source's text by its corpusFile, so the editor can check quotes live. */
  | { ok: true; format: ImportFormat; dataset: Dataset; texts: Record<string, string>; warnings: ImportProblem[]; summary: string }
  /** Nothing is loaded: every problem found, errors first. */
  | { ok: false; format: ImportFormat | null; problems: ImportProblem[] };

/** What the import read before validation: data files, the texts to check quotes against, and what went wrong. */
interface ReadData {
  files: DataFileText[];
  unread: DataFileKind[];
  corpus: Corpus;
  origins: ReadonlyMap<string, RecordOrigin>;
  problems: ImportProblem[];
}

const TEXTS_LABEL = "the texts opened with the data";

/**
 * The import door: files a person brought (a snapshot, data files in the repository's layout, a
 * zip of either, a workbook or CSV files, and source texts) become a dataset only through the same
 * validation as `npm run validate`. A source without its text is shown as not verified.
 */
export async function importDataset(brought: readonly BroughtFile[], pasted: readonly GivenText[] = [], onProgress: (phase: ImportPhase) => void = () => {}): Promise<ImportResult> {
  onProgress("unpacking");
  const unzipped = unzipFiles(brought.map((file) => ({ ...file, path: normalPath(file.path) })));
  if (unzipped.problems.length > 0) return failed(null, unzipped.problems);
  const files = unzipped.files;
  const format = formatOf(files);
  if (format === null) return failed(null, [sheetProblem("error", files.map((file) => file.path).join(", ") || "(no file)", null, null, null, "nothing to open: expected a JSON snapshot, a folder or .zip with actors.json, sources.json and relations/, an .xlsx workbook, or CSV files named actors, sources, relations and claims")]);
  onProgress("reading");
  const read = await readData(format, files, pasted);
  if (read === null) return failed(format, [sheetProblem("error", files.filter((file) => extensionOf(file.path) === "json").map((file) => file.path).join(", "), null, null, null, "several JSON files and no actors.json: open one snapshot file, or a folder (or .zip) in the repository's layout")]);
  if (read.files.length === 0 && read.problems.some((problem) => problem.severity === "error")) return failed(format, read.problems);
  onProgress("checking");
  const report = validateDataset(read.files, read.corpus, read.unread, "unverified");
  const located = report.problems.map((problem) => (read.origins.size === 0 ? importProblemOf(problem) : locateProblem(problem, read.origins)));
  const problems = [...read.problems, ...withoutRepeats(located, read.problems)];
  if (report.dataset === null || problems.some((problem) => problem.severity === "error")) return failed(format, problems);
  if (report.dataset.relations.length === 0) return failed(format, [...problems, sheetProblem("error", brought.map((file) => file.path).join(", "), null, null, null, "no relations: a dataset needs at least one relation to draw")]);
  const cited = new Set(report.dataset.sources.map((source) => source.corpusFile));
  const texts = Object.fromEntries([...read.corpus.texts].filter(([name]) => cited.has(name)));
  return { ok: true, format, dataset: report.dataset, texts, warnings: problems, summary: formatValidationSummary(report, brought.map((file) => file.path).join(", ")) };
}

function formatOf(files: readonly BroughtFile[]): ImportFormat | null {
  if (layoutRoot(files) !== null) return "data-files";
  const kinds = new Set(files.map((file) => extensionOf(file.path)));
  if (kinds.has("xlsx")) return "workbook";
  if (kinds.has("csv")) return "csv";
  if (files.some((file) => extensionOf(file.path) === "json" && !file.path.endsWith(".provenance.json"))) return "snapshot";
  return null;
}

async function readData(format: ImportFormat, files: readonly BroughtFile[], pasted: readonly GivenText[]): Promise<ReadData | null> {
  if (format === "data-files") {
    const root = layoutRoot(files) ?? "";
    const layout = readRepositoryLayout(files, root);
    const texts = await corpusOf(layout.corpus, layout.rest, pasted, root === "" ? "corpus" : `${root}/corpus`);
    return { files: layout.files, unread: layout.unread, corpus: texts.corpus, origins: new Map(), problems: [...layout.problems, ...texts.problems] };
  }
  if (format === "snapshot") {
    const snapshots = files.filter((file) => extensionOf(file.path) === "json" && !file.path.endsWith(".provenance.json"));
    const [snapshot] = snapshots;
    if (snapshot === undefined || snapshots.length > 1) return null;
    const decoded = textOf(snapshot);
    const read = decoded.ok ? snapshotFilesOf(decoded.text, snapshot.path) : { files: [], problems: [{ severity: "error" as const, file: snapshot.path, record: null, field: "", message: decoded.message }] };
    const texts = await corpusOf([], files.filter((file) => file !== snapshot), pasted, TEXTS_LABEL);
    return { files: read.files, unread: [], corpus: texts.corpus, origins: new Map(), problems: [...read.problems.map(importProblemOf), ...texts.problems] };
  }
  const sheets = await readSheets(format, files);
  const texts = await corpusOf([], sheets.rest, [...sheets.texts, ...pasted], TEXTS_LABEL);
  return { files: sheets.files, unread: [], corpus: texts.corpus, origins: sheets.origins, problems: [...sheets.problems, ...texts.problems] };
}

/** The validator's findings at a cell already reported as unreadable would only repeat it. */
function withoutRepeats(located: readonly ImportProblem[], read: readonly ImportProblem[]): ImportProblem[] {
  const cells = new Set(read.filter((problem) => problem.row !== null && problem.column !== null).map((problem) => `${problem.file}|${problem.row}|${problem.column}`));
  return located.filter((problem) => !cells.has(`${problem.file}|${problem.row}|${problem.column}`));
}

function failed(format: ImportFormat | null, problems: readonly ImportProblem[]): ImportResult {
  const order = (problem: ImportProblem) => (problem.severity === "error" ? 0 : 1);
  return { ok: false, format, problems: [...problems].sort((a, b) => order(a) - order(b)) };
}
