/**
 * The spreadsheet layout: one sheet per kind of record, one column per field, named by the field's
 * path in the schema ("lifespan.start"), so a problem the validator finds at a field lands on its column.
 * A relation's claims sit in their own sheet, one row per claim; a dispute's sides, one row per side.
 */
export type ColumnKind = "text" | "list" | "yes-no" | "date";

export interface Column {
  name: string;
  kind: ColumnKind;
  required?: true;
}

const text = (name: string, required?: true): Column => ({ name, kind: "text", ...(required ? { required } : {}) });
const date = (name: string, required?: true): Column => ({ name, kind: "date", ...(required ? { required } : {}) });

export const SHEETS = {
  actors: [
    text("id", true), text("name", true), { name: "aliases", kind: "list" }, text("kind", true), text("description", true),
    date("lifespan.start"), date("lifespan.end"), text("lifespan.note"), text("parent"), text("predecessor"),
  ],
  sources: [
    text("id", true), text("title", true), text("outlet"), text("author"),
    date("published.date", true), { name: "published.approximate", kind: "yes-no", required: true }, text("published.note"),
    text("url"), text("kind", true), text("corpusFile"), text("note"),
    text("unknown.outlet"), text("unknown.author"), text("unknown.url"),
    text("reportsOn.outlet"), text("reportsOn.title"), text("reportsOn.author"), date("reportsOn.published.date"),
    { name: "reportsOn.published.approximate", kind: "yes-no" }, text("reportsOn.published.note"), text("reportsOn.url"), text("reportsOn.note"),
    // Not a field of the record: the source's full text, which its quotes are checked against.
    text("text"),
  ],
  relations: [text("id", true), text("source", true), text("target", true), text("type", true), date("start", true), date("end", true), date("lastAttested"), text("inferred.start"), text("inferred.end")],
  claims: [text("relation", true), text("source", true), text("quote", true), text("evidence", true), text("speaker.name"), text("speaker.role"), text("speaker.actor"), text("note")],
  disputes: [text("id", true), text("question"), text("note"), text("relation", true), text("source"), text("quote"), text("position", true)],
} as const satisfies Record<string, readonly Column[]>;

export type SheetName = keyof typeof SHEETS;
export const SHEET_NAMES = Object.keys(SHEETS) as SheetName[];
/** Sheets a dataset cannot do without; disputes are optional. */
export const REQUIRED_SHEETS: readonly SheetName[] = ["actors", "sources", "relations", "claims"];
/** Sheets for people (the template's notes), never read as data. */
export const NOTE_SHEETS = ["about", "readme"];

/** Values of a "list" column are separated by this (names may hold commas and semicolons). */
export const LIST_SEPARATOR = "|";
/** The `text` column of a source, and a blank corpusFile's default name. */
export const TEXT_COLUMN = "text";
export const defaultCorpusFile = (sourceId: string) => `${sourceId}.txt`;
