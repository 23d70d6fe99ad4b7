import { unzipSync } from "fflate";
import { MAX_FILE_BYTES } from "../dataset/data-layout";
import { type BroughtFile, extensionOf, normalPath } from "./brought-file";
import { type ImportProblem, sheetProblem } from "./import-problem";

/** All the files of a zip together may unpack to at most this: a bigger one is a zip bomb, not data. */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;

// Archivers' bookkeeping, not anyone's data: macOS resource forks and Finder's folder settings.
const isBookkeeping = (path: string) => path.startsWith("__MACOSX/") || /(^|\/)(\._[^/]*|\.DS_Store|Thumbs\.db)$/.test(path);

/**
 * Every .zip among the files replaced by the files inside it (fflate, synchronously: this runs in a
 * worker). Sizes are checked from the zip's directory before anything is inflated, and again after.
 */
export function unzipFiles(files: readonly BroughtFile[]): { files: BroughtFile[]; problems: ImportProblem[] } {
  const out: BroughtFile[] = [];
  const problems: ImportProblem[] = [];
  for (const file of files) {
    if (extensionOf(file.path) !== "zip") {
      out.push(file);
      continue;
    }
    const unzipped = unzipChecked(file.bytes);
    if (!unzipped.ok) problems.push(sheetProblem("error", file.path, null, null, null, unzipped.problem));
    else for (const [name, bytes] of unzipped.entries) out.push({ path: `${file.path}/${normalPath(name)}`, bytes });
  }
  return { files: out, problems };
}

/**
 * A zip's entries (fflate, synchronously), its bookkeeping files left out; sizes are checked from
 * the zip's directory before anything is inflated, and again after. `problem` says what is wrong.
 */
export function unzipChecked(bytes: Uint8Array): { ok: true; entries: Map<string, Uint8Array> } | { ok: false; problem: string } {
  let total = 0;
  let tooLarge: string | null = null;
  try {
    const entries = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name.endsWith("/") || isBookkeeping(normalPath(entry.name))) return false;
        total += entry.originalSize;
        if (entry.originalSize > MAX_FILE_BYTES) tooLarge ??= `${entry.name} unpacks to ${entry.originalSize} bytes (at most ${MAX_FILE_BYTES} a file)`;
        else if (total > MAX_UNZIPPED_BYTES) tooLarge ??= `its files unpack to more than ${MAX_UNZIPPED_BYTES} bytes`;
        return tooLarge === null;
      },
    });
    if (tooLarge !== null) return { ok: false, problem: `too large: ${tooLarge}` };
    const out = new Map<string, Uint8Array>();
    for (const [name, inflated] of Object.entries(entries)) {
      if (inflated.length > MAX_FILE_BYTES) return { ok: false, problem: `too large: ${name} unpacks to ${inflated.length} bytes, more than its directory said` };
      out.set(name, inflated);
    }
    return { ok: true, entries: out };
  } catch (error) {
    return { ok: false, problem: `not a readable .zip archive (${(error as Error).message.slice(0, 200)})` };
  }
}
