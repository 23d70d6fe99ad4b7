import { CORPUS_DIR, RELATIONS_DIR } from "../dataset/data-layout";
import type { DataFileText } from "../dataset/parse-data-files";
import { DATA_FILES, type Dataset, type DataFileKind } from "../schema";

/** The data directory's JSON Schemas, beside the data files as in data/schema. */
export const SCHEMA_DIR = "schema";
/** Every relation goes in one file: the layout allows as many as you like, and one is easiest to review. */
export const RELATIONS_FILE = `${RELATIONS_DIR}/relations.json`;
export const CORPUS_FOLDER = CORPUS_DIR;

const FILE_OF: Record<DataFileKind, string> = { actors: "actors.json", sources: "sources.json", relations: RELATIONS_FILE, disputes: "disputes.json" };
const KINDS = Object.keys(FILE_OF) as DataFileKind[];

/** The path of a kind's data file inside a data directory, as the validator names it in messages. */
export const dataFileOf = (kind: DataFileKind) => FILE_OF[kind];

/** The `$schema` a data file points at, relative to the file, as in data/ ("../schema/relations.schema.json"). */
export function schemaRefOf(kind: DataFileKind): string {
  const depth = FILE_OF[kind].split("/").length - 1;
  return `${depth === 0 ? "./" : "../".repeat(depth)}${SCHEMA_DIR}/${DATA_FILES[kind].schemaFile}`;
}

/** The dataset's records as the texts of its data files, written as data/ writes them (two-space JSON). */
export function recordFilesOf(dataset: Dataset): DataFileText[] {
  return KINDS.map((kind) => ({
    kind,
    file: FILE_OF[kind],
    text: JSON.stringify({ $schema: schemaRefOf(kind), [DATA_FILES[kind].key]: dataset[kind] }, null, 2) + "\n",
  }));
}
