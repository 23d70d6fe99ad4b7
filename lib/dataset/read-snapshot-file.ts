import path from "node:path";
import type { DataFileText } from "./parse-data-files";
import type { Problem } from "./problem";
import { readFileSafely } from "./read-file-safely";
import { snapshotFilesOf } from "./snapshot-files";

/** Reads a one-file dataset (a JSON snapshot export) from disk; see snapshotFilesOf. */
export function readSnapshotFile(file: string): { files: DataFileText[]; problems: Problem[] } {
  const display = path.relative(process.cwd(), file) || file;
  const read = readFileSafely(file, path.dirname(file));
  if (!read.ok) {
    const message = read.message === "not found" ? "data directory or snapshot file not found" : read.message;
    return { files: [], problems: [{ severity: "error", file: display, record: null, field: "", message }] };
  }
  return snapshotFilesOf(read.text, display);
}
