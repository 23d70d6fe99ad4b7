// Corpus paths are chosen at run time (--corpus, ALLEGIANCES_CORPUS), so the build must not trace them.
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { PROVENANCE_SUFFIX } from "../schema";
import type { Problem } from "./problem";
import { displayPath, isDirectory } from "./read-data-dir";
import { entryKind, readFileSafely } from "./read-file-safely";
import type { Corpus } from "./validate-dataset";

/**
 * Reads a corpus directory: every regular file is a source text, keyed by file name, except the
 * `*.provenance.json` sidecars, which are kept (with each text's SHA-256) for the provenance check.
 */
export function readCorpusDir(dir: string): { corpus: Corpus | null; problems: Problem[] } {
  const label = displayPath(dir);
  const problem = (file: string, message: string, severity: Problem["severity"] = "error"): Problem => ({ severity, file: displayPath(file), record: null, field: "", message });
  if (!isDirectory(dir)) {
    const kind = entryKind(dir, path.dirname(dir));
    return { corpus: null, problems: [problem(dir, kind === "not found" ? "corpus directory not found" : `the corpus must be a directory of source texts, but this is ${kind === "file" ? "a file" : kind}`)] };
  }
  const texts = new Map<string, string>();
  const digests = new Map<string, string>();
  const provenance: { file: string; name: string; text: string }[] = [];
  const problems: Problem[] = [];
  for (const name of readdirSync(/*turbopackIgnore: true*/ dir).sort()) {
    const file = path.join(/*turbopackIgnore: true*/ dir, name);
    const kind = entryKind(file, dir);
    // A sub-folder (notes, originals) is not a text; said as a warning so nothing is skipped silently.
    if (kind === "directory") {
      problems.push(problem(file, "a folder inside the corpus; skipped (source texts are files directly in the corpus directory)", "warning"));
      continue;
    }
    const read = readFileSafely(file, dir);
    if (!read.ok) {
      problems.push(problem(file, read.message));
      continue;
    }
    if (name.endsWith(PROVENANCE_SUFFIX)) {
      provenance.push({ file: displayPath(file), name, text: read.text });
      continue;
    }
    texts.set(name, read.text);
    digests.set(name, createHash("sha256").update(read.bytes).digest("hex"));
  }
  return { corpus: { label, texts, digests, provenance }, problems };
}
