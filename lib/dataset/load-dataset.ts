import path from "node:path";
import type { Dataset } from "../schema";
import { CORPUS_DIR } from "./data-layout";
import { DatasetError, type Problem } from "./problem";
import { readCorpusDir } from "./read-corpus-dir";
import { displayPath, isDirectory, readDataDir } from "./read-data-dir";
import { readSnapshotFile } from "./read-snapshot-file";
import { validateDataset, type ValidationReport } from "./validate-dataset";

/**
 * The single door through which data enters Allegiances: the app, the API, the CLI and the
 * validator all come through here, so nothing unvalidated is ever shown or exported.
 */

/** The data directory (or one-file snapshot): $ALLEGIANCES_DATA when set, else ./data. */
export function defaultDataDir(): string {
  const fromEnv = process.env.ALLEGIANCES_DATA;
  return path.resolve(fromEnv !== undefined && fromEnv !== "" ? fromEnv : "data");
}

/**
 * The corpus a dataset's quotes are checked against when none is named: $ALLEGIANCES_CORPUS when
 * set, else the data directory's own `corpus/` folder (the shipped data keeps its texts in
 * data/corpus), else none.
 */
export function defaultCorpusDir(dataPath: string): string | null {
  const fromEnv = process.env.ALLEGIANCES_CORPUS;
  if (fromEnv !== undefined && fromEnv !== "") return path.resolve(fromEnv);
  const own = path.join(dataPath, CORPUS_DIR);
  return isDirectory(dataPath) && isDirectory(own) ? own : null;
}

/** True when the user has explicitly accepted a dataset whose quotes cannot be checked. */
export function unverifiedAllowed(): boolean {
  return process.env.ALLEGIANCES_UNVERIFIED === "1";
}

/**
 * Validates a data directory, or a one-file snapshot export; with a corpus directory, also
 * checks every quote against it (null: quotes are not checked, and the dataset says so).
 */
export function validateDataDir(dataPath: string, corpusDir: string | null): ValidationReport {
  const isFile = !isDirectory(dataPath);
  const read = isFile ? { ...readSnapshotFile(dataPath), unread: [] } : readDataDir(dataPath);
  const corpusRead = corpusDir === null ? { corpus: null, problems: [] } : readCorpusDir(corpusDir);
  const report = validateDataset(read.files, corpusRead.corpus, read.unread);
  const problems = [...read.problems, ...corpusRead.problems, ...report.problems];
  const failed = problems.some((problem) => problem.severity === "error");
  // A corpus that could not be read at all means the quotes were not checked, whatever else passed.
  if (corpusDir !== null && corpusRead.corpus === null) return { ...report, dataset: null, problems };
  return { ...report, dataset: failed ? null : report.dataset, problems };
}

const cache = new Map<string, Dataset>();

/**
 * The validated dataset, read once per process and directory, with every quote checked against
 * its corpus; throws DatasetError listing every problem. A dataset without a corpus is refused
 * unless ALLEGIANCES_UNVERIFIED=1, and then every quote is marked as not verified.
 */
export function loadDataset(dataDir: string = defaultDataDir()): Dataset {
  const key = path.resolve(dataDir);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const corpusDir = defaultCorpusDir(key);
  const report = validateDataDir(key, corpusDir);
  const refused = corpusDir === null && !unverifiedAllowed();
  if (report.dataset === null || refused) throw new DatasetError([...report.problems, ...(refused ? [noCorpusProblem(key)] : [])]);
  cache.set(key, report.dataset);
  return report.dataset;
}

export function noCorpusProblem(dataPath: string): Problem {
  return {
    severity: "error",
    file: displayPath(dataPath),
    record: null,
    field: "",
    message:
      "no corpus: the quotes cannot be checked against their sources. Put the source texts in a corpus/ folder beside the data (or set ALLEGIANCES_CORPUS=DIR); to serve it anyway, with every quote marked as not verified, set ALLEGIANCES_UNVERIFIED=1",
  };
}
