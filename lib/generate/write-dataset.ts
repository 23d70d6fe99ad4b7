import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { type Provenance, PROVENANCE_SUFFIX, type Relation } from "../schema";
import type { GeneratedDataset } from "./generate-dataset";

/** A generated dataset as the files of a data directory: path relative to the directory → text. */
export function datasetFiles(data: GeneratedDataset): Map<string, string> {
  const files = new Map<string, string>();
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  files.set("actors.json", json({ actors: data.actors }));
  files.set("sources.json", json({ sources: data.sources }));
  files.set("disputes.json", json({ disputes: data.disputes }));
  // Grouped by the decade they start in, as a curator might group them by period.
  const byDecade = new Map<string, Relation[]>();
  for (const relation of data.relations) {
    const decade = `${relation.start.slice(0, 3)}0s`;
    const list = byDecade.get(decade);
    if (list === undefined) byDecade.set(decade, [relation]);
    else list.push(relation);
  }
  for (const decade of [...byDecade.keys()].sort()) files.set(`relations/${decade}.json`, json({ relations: byDecade.get(decade) }));
  const sourceOf = new Map(data.sources.map((source) => [source.corpusFile, source.id]));
  for (const [name, text] of [...data.corpus].sort(([a], [b]) => (a < b ? -1 : 1))) {
    files.set(`corpus/${name}`, text);
    const provenance: Provenance = {
      source: sourceOf.get(name) ?? name,
      text: name,
      sha256: createHash("sha256").update(text).digest("hex"),
      retrievedFrom: null,
      retrieved: null,
      note: "Written by npm run generate: a synthetic text that holds the generated quotes.",
    };
    files.set(`corpus/${name}${PROVENANCE_SUFFIX}`, json(provenance));
  }
  return files;
}

/**
 * Writes the dataset into `dir` (created if needed) with its corpus in `dir/corpus`, which the
 * validator reads by default for a data directory that has one. Files this writer owns are
 * replaced, so regenerating into the same folder never leaves a stale relations file behind.
 */
export function writeDataset(dir: string, data: GeneratedDataset): { files: number; bytes: number } {
  for (const sub of ["relations", "corpus"]) rmSync(path.join(dir, sub), { recursive: true, force: true });
  mkdirSync(path.join(dir, "relations"), { recursive: true });
  mkdirSync(path.join(dir, "corpus"), { recursive: true });
  let bytes = 0;
  const files = datasetFiles(data);
  for (const [name, text] of files) {
    writeFileSync(path.join(dir, name), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: files.size, bytes };
}
