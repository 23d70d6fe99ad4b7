import type { DataFileKind } from "../schema";

/** The one-of-a-kind files of a data directory, and whether a dataset needs each (relations/*.json aside). */
export const DATA_DIR_FILES: readonly { kind: DataFileKind; name: string; required: boolean }[] = [
  { kind: "actors", name: "actors.json", required: true },
  { kind: "sources", name: "sources.json", required: true },
  { kind: "disputes", name: "disputes.json", required: false },
];

/** The folder of relation files, each `relations/<theme>.json`. */
export const RELATIONS_DIR = "relations";
/** The folder of source texts beside the data files. */
export const CORPUS_DIR = "corpus";

export const missingFileMessage = (name: string) => `missing: a dataset needs ${name}`;
export const NO_RELATIONS_MESSAGE = "missing: a dataset needs at least one relations/*.json file";

/** Larger than any real data file or article; a bigger one is a mistake, not data. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
