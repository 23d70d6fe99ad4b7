import { DATA_FILES, type DataFileKind, PROVENANCE_SUFFIX, type Provenance, SNAPSHOT_SCHEMA_FILE } from "../schema";
import { jsonSchemaFor, provenanceJsonSchema, snapshotJsonSchema } from "../schema/json-schema";
import type { EditableDataset } from "./editable-dataset";
import { CORPUS_FOLDER, recordFilesOf, SCHEMA_DIR } from "./record-files";
import { sha256Hex } from "./sha256";

/** One file of a data directory: its path inside it ("relations/relations.json") and its exact bytes. */
export interface DataFileEntry {
  path: string;
  bytes: Uint8Array;
}

// Said in every sidecar the editor writes: the browser saw the text, not where it was copied from.
const PROVENANCE_NOTE = "Given in the Allegiances editor in the browser (opened with the data or pasted); where and when the text was copied was not recorded there.";
const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

/**
 * The dataset as a data directory in the repository's layout, what data/ holds: actors.json,
 * sources.json, disputes.json, relations/, corpus/ (each text with its provenance and SHA-256) and
 * schema/. `npm run validate` with ALLEGIANCES_DATA at these files checks it as it checks data/.
 */
export async function dataFilesOf({ dataset, texts }: EditableDataset): Promise<DataFileEntry[]> {
  const encoder = new TextEncoder();
  const entries: DataFileEntry[] = recordFilesOf(dataset).map(({ file, text }) => ({ path: file, bytes: encoder.encode(text) }));
  for (const [name, text] of Object.entries(texts).sort(([a], [b]) => a.localeCompare(b))) {
    const source = dataset.sources.find((candidate) => candidate.corpusFile === name);
    if (source === undefined) continue;
    const bytes = encoder.encode(text);
    const provenance: Provenance & { $schema: string } = {
      $schema: `../${SCHEMA_DIR}/provenance.schema.json`,
      source: source.id,
      text: name,
      sha256: await sha256Hex(bytes),
      retrievedFrom: source.url ?? null,
      retrieved: null,
      note: PROVENANCE_NOTE,
    };
    entries.push({ path: `${CORPUS_FOLDER}/${name}`, bytes }, { path: `${CORPUS_FOLDER}/${name}${PROVENANCE_SUFFIX}`, bytes: encoder.encode(json(provenance)) });
  }
  const schemas: [string, unknown][] = [
    ...(Object.keys(DATA_FILES) as DataFileKind[]).map((kind): [string, unknown] => [DATA_FILES[kind].schemaFile, jsonSchemaFor(kind)]),
    [SNAPSHOT_SCHEMA_FILE, snapshotJsonSchema()],
    ["provenance.schema.json", provenanceJsonSchema()],
  ];
  for (const [name, schema] of schemas) entries.push({ path: `${SCHEMA_DIR}/${name}`, bytes: encoder.encode(json(schema)) });
  return entries;
}
