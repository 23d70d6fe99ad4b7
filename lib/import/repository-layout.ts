import { CORPUS_DIR, DATA_DIR_FILES, missingFileMessage, NO_RELATIONS_MESSAGE, RELATIONS_DIR } from "../dataset/data-layout";
import type { DataFileText } from "../dataset/parse-data-files";
import type { DataFileKind } from "../schema";
import { type BroughtFile, baseName, dirName, textOf } from "./brought-file";
import { type ImportProblem, sheetProblem } from "./import-problem";

export interface LayoutRead {
  files: DataFileText[];
  unread: DataFileKind[];
  /** The corpus folder's files (texts and provenance sidecars), and everything else not read. */
  corpus: BroughtFile[];
  rest: BroughtFile[];
  problems: ImportProblem[];
}

/** The folder holding actors.json, nearest the top: a zip may wrap the data in a folder or two. */
export function layoutRoot(files: readonly BroughtFile[]): string | null {
  const roots = files.filter((file) => baseName(file.path) === "actors.json").map((file) => dirName(file.path));
  return roots.sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b))[0] ?? null;
}

/**
 * The data files of a folder or zip in the repository's layout (actors.json, sources.json,
 * disputes.json, relations/*.json, corpus/), read as the validator reads a data directory.
 */
export function readRepositoryLayout(files: readonly BroughtFile[], root: string): LayoutRead {
  const out: LayoutRead = { files: [], unread: [], corpus: [], rest: [], problems: [] };
  const at = (name: string) => (root === "" ? name : `${root}/${name}`);
  const byPath = new Map(files.map((file) => [file.path, file]));
  const read = (kind: DataFileKind, file: BroughtFile) => {
    const text = textOf(file);
    if (text.ok) out.files.push({ kind, file: file.path, text: text.text });
    else {
      out.problems.push(sheetProblem("error", file.path, null, null, null, text.message));
      out.unread.push(kind);
    }
  };
  const used = new Set<string>();
  for (const { kind, name, required } of DATA_DIR_FILES) {
    const file = byPath.get(at(name));
    if (file !== undefined) {
      used.add(file.path);
      read(kind, file);
    } else if (required) {
      out.problems.push(sheetProblem("error", at(name), null, null, null, missingFileMessage(name)));
      out.unread.push(kind);
    }
  }
  const relations = files.filter((file) => dirName(file.path) === at(RELATIONS_DIR) && file.path.endsWith(".json")).sort((a, b) => a.path.localeCompare(b.path));
  if (relations.length === 0) out.problems.push(sheetProblem("error", at(RELATIONS_DIR), null, null, null, NO_RELATIONS_MESSAGE));
  for (const file of relations) {
    used.add(file.path);
    read("relations", file);
  }
  for (const file of files) {
    if (used.has(file.path)) continue;
    if (dirName(file.path) === at(CORPUS_DIR)) out.corpus.push(file);
    else out.rest.push(file);
  }
  return out;
}
