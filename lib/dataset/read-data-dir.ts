// Data paths are chosen at run time (ALLEGIANCES_DATA), so the build must not trace them: hence turbopackIgnore.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { DataFileText } from "./parse-data-files";
import type { Problem } from "./problem";

/**
 * Reads a data directory: actors.json, sources.json, disputes.json (optional) and every
 * relations/*.json. Files are named relative to the working directory in messages.
 */
export function readDataDir(dir: string): { files: DataFileText[]; problems: Problem[] } {
  const files: DataFileText[] = [];
  const problems: Problem[] = [];
  const display = (file: string) => path.relative(process.cwd(), file) || file;
  if (!existsSync(/*turbopackIgnore: true*/ dir) || !statSync(/*turbopackIgnore: true*/ dir).isDirectory()) {
    return { files, problems: [{ severity: "error", file: display(dir), record: null, field: "", message: "data directory not found" }] };
  }
  const read = (kind: DataFileText["kind"], file: string) => files.push({ kind, file: display(file), text: readFileSync(/*turbopackIgnore: true*/ file, "utf8") });

  for (const [kind, name, required] of [["actors", "actors.json", true], ["sources", "sources.json", true], ["disputes", "disputes.json", false]] as const) {
    const file = path.join(/*turbopackIgnore: true*/ dir, name);
    if (existsSync(/*turbopackIgnore: true*/ file)) read(kind, file);
    else if (required) problems.push({ severity: "error", file: display(file), record: null, field: "", message: `missing: a dataset needs ${name}` });
  }
  const relationsDir = path.join(dir, "relations");
  const relationFiles = existsSync(/*turbopackIgnore: true*/ relationsDir) ? readdirSync(/*turbopackIgnore: true*/ relationsDir).filter((name) => name.endsWith(".json")).sort() : [];
  if (relationFiles.length === 0) {
    problems.push({ severity: "error", file: display(relationsDir), record: null, field: "", message: "missing: a dataset needs at least one relations/*.json file" });
  }
  for (const name of relationFiles) read("relations", path.join(relationsDir, name));
  return { files, problems };
}

/** Reads every .txt file of a corpus directory, keyed by file name. */
export function readCorpusDir(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const name of readdirSync(/*turbopackIgnore: true*/ dir).sort()) {
    const file = path.join(/*turbopackIgnore: true*/ dir, name);
    if (statSync(/*turbopackIgnore: true*/ file).isFile()) texts.set(name, readFileSync(/*turbopackIgnore: true*/ file, "utf8"));
  }
  return texts;
}
