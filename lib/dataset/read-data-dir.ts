// Data paths are chosen at run time (ALLEGIANCES_DATA), so the build must not trace them: hence turbopackIgnore.
import { readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { DataFileKind } from "../schema";
import { DATA_DIR_FILES, missingFileMessage, NO_RELATIONS_MESSAGE, RELATIONS_DIR } from "./data-layout";
import type { DataFileText } from "./parse-data-files";
import type { Problem } from "./problem";
import { entryKind, readFileSafely } from "./read-file-safely";

/** A path as messages show it: relative to the working directory. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** The files' texts, what went wrong reading them, and which kinds could not be read at all. */
export interface DataDirRead {
  files: DataFileText[];
  problems: Problem[];
  unread: DataFileKind[];
}

const fileProblem = (file: string, message: string): Problem => ({ severity: "error", file: displayPath(file), record: null, field: "", message });

/**
 * Reads a data directory: actors.json, sources.json, disputes.json (optional) and every
 * relations/*.json. Anything that is not a regular file inside the directory is reported, never read.
 */
export function readDataDir(dir: string): DataDirRead {
  const files: DataFileText[] = [];
  const problems: Problem[] = [];
  const unread = new Set<DataFileKind>();
  if (!isDirectory(dir)) return { files, problems: [fileProblem(dir, "data directory not found")], unread: [] };
  const read = (kind: DataFileKind, file: string) => {
    const result = readFileSafely(file, dir);
    if (result.ok) files.push({ kind, file: displayPath(file), text: result.text });
    else {
      problems.push(fileProblem(file, result.message));
      unread.add(kind);
    }
  };

  for (const { kind, name, required } of DATA_DIR_FILES) {
    const file = path.join(/*turbopackIgnore: true*/ dir, name);
    const kindOf = entryKind(file, dir);
    if (kindOf === "not found") {
      if (required) {
        problems.push(fileProblem(file, missingFileMessage(name)));
        unread.add(kind);
      }
    } else read(kind, file);
  }
  const relationsDir = path.join(dir, RELATIONS_DIR);
  const relationsKind = entryKind(relationsDir, dir);
  const names = relationsKind === "directory" ? readdirSync(/*turbopackIgnore: true*/ relationsDir).filter((name) => name.endsWith(".json")).sort() : [];
  if (relationsKind !== "directory" && relationsKind !== "not found") problems.push(fileProblem(relationsDir, `expected a folder of relations/*.json files: ${relationsKind}`));
  else if (names.length === 0) problems.push(fileProblem(relationsDir, NO_RELATIONS_MESSAGE));
  for (const name of names) read("relations", path.join(relationsDir, name));
  return { files, problems, unread: [...unread] };
}

/** True for a directory, or a symbolic link to one (the root itself may live anywhere). */
export function isDirectory(dir: string): boolean {
  try {
    return statSync(/*turbopackIgnore: true*/ realpathSync(/*turbopackIgnore: true*/ dir)).isDirectory();
  } catch {
    return false;
  }
}
