import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { Dataset } from "../schema";
import { DatasetError } from "./problem";
import { readCorpusDir, readDataDir } from "./read-data-dir";
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
 * The corpus a dataset's quotes are checked against when none is named: the data directory's own
 * `corpus/` folder when it has one (a generated or self-contained dataset ships its texts there),
 * else ../shared/seeds (the built-in data's corpus) when it exists, else none.
 */
export function defaultCorpusDir(dataPath: string): string | null {
  const own = path.join(dataPath, "corpus");
  if (existsSync(dataPath) && statSync(dataPath).isDirectory() && existsSync(own) && statSync(own).isDirectory()) return own;
  const shared = path.resolve("../shared/seeds");
  return existsSync(shared) ? shared : null;
}

/**
 * Validates a data directory, or a one-file snapshot export; with a corpus directory, also
 * checks every quote against it.
 */
export function validateDataDir(dataPath: string, corpusDir: string | null): ValidationReport {
  const isFile = existsSync(/*turbopackIgnore: true*/ dataPath) && statSync(/*turbopackIgnore: true*/ dataPath).isFile();
  const { files, problems } = isFile ? readSnapshotFile(dataPath) : readDataDir(dataPath);
  const corpus = corpusDir === null ? null : { label: path.relative(process.cwd(), corpusDir) || corpusDir, texts: readCorpusDir(corpusDir) };
  const report = validateDataset(files, corpus);
  if (problems.length === 0) return report;
  return { ...report, dataset: null, problems: [...problems, ...report.problems] };
}

const cache = new Map<string, Dataset>();

/** The validated dataset, read once per process and directory; throws DatasetError listing every problem. */
export function loadDataset(dataDir: string = defaultDataDir()): Dataset {
  const key = path.resolve(dataDir);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const report = validateDataDir(key, null);
  if (report.dataset === null) throw new DatasetError(report.problems);
  cache.set(key, report.dataset);
  return report.dataset;
}
