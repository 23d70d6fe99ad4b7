import type { DataFileText } from "../../dataset/parse-data-files";
import type { DataFileKind } from "../../schema";
import { type ImportProblem, sheetProblem } from "../import-problem";
import { readHeader } from "./read-header";
import { cellAt, type RowOrigin, readRows, type SheetRow } from "./read-rows";
import { defaultCorpusFile, NOTE_SHEETS, REQUIRED_SHEETS, SHEET_NAMES, SHEETS, type SheetName, TEXT_COLUMN } from "./sheet-columns";
import type { SheetTable } from "./sheet-table";

/** A record's row, and the rows of its claims (a relation) or sides (a dispute), in order. */
export interface RecordOrigin extends RowOrigin {
  parts: RowOrigin[];
}

export interface SheetRecords {
  /** One data file per record, named by its row ("relations.csv, row 5"), so every finding is placed. */
  files: DataFileText[];
  origins: Map<string, RecordOrigin>;
  /** Source texts from the sources sheet's `text` column, by corpus file name. */
  texts: Map<string, string>;
  problems: ImportProblem[];
}

const rowKey = (origin: RowOrigin) => `${origin.label}, row ${origin.row}`;
const idOf = (record: Record<string, unknown>) => (typeof record.id === "string" ? record.id : undefined);

/**
 * Turns the sheets into the records the repository's data files hold. Only what cannot be a record
 * is reported here (a missing sheet or column, a formula, an unreadable cell); everything else is
 * left for the validator, so a spreadsheet is checked exactly as data files are.
 */
export function sheetsToRecords(tables: readonly SheetTable[], workbookLabel: string): SheetRecords {
  const out: SheetRecords = { files: [], origins: new Map(), texts: new Map(), problems: [] };
  const byName = new Map<SheetName, SheetTable>();
  for (const table of tables) {
    const name = SHEET_NAMES.find((sheet) => sheet === table.name);
    if (name !== undefined && !byName.has(name)) byName.set(name, table);
    else if (name !== undefined) out.problems.push(sheetProblem("error", table.label, null, null, null, `a second "${name}" sheet: give each kind of record one sheet`));
    else if (!NOTE_SHEETS.includes(table.name)) out.problems.push(sheetProblem("warning", table.label, null, null, null, `not read: the sheets read are ${SHEET_NAMES.join(", ")}`));
  }
  for (const name of REQUIRED_SHEETS) {
    if (!byName.has(name)) out.problems.push(sheetProblem("error", workbookLabel, null, null, null, `missing sheet "${name}": a dataset needs the sheets ${REQUIRED_SHEETS.join(", ")} (and optionally disputes)`));
  }
  const rows = new Map<SheetName, SheetRow[]>();
  for (const [name, table] of byName) {
    const header = readHeader(table, SHEETS[name]);
    out.problems.push(...header.problems);
    if (header.problems.some((problem) => problem.severity === "error")) continue;
    const read = readRows(table, header, SHEETS[name]);
    out.problems.push(...read.problems);
    rows.set(name, read.rows);
  }
  // A sheet that could not be read would make every row of the others look broken: stop here.
  if (out.problems.some((problem) => problem.severity === "error" && problem.row === null)) return out;
  if ([...byName.keys()].some((name) => !rows.has(name))) return out;

  const add = (kind: DataFileKind, origin: RowOrigin, record: unknown, parts: RowOrigin[] = []) => {
    const key = rowKey(origin);
    out.origins.set(key, { ...origin, parts });
    out.files.push({ kind, file: key, text: JSON.stringify({ [kind]: [record] }) });
  };
  for (const { origin, record } of rows.get("actors") ?? []) add("actors", origin, record);
  for (const { origin, record } of rows.get("sources") ?? []) add("sources", origin, sourceRecord(origin, record, out));
  addRelations(rows.get("relations") ?? [], rows.get("claims") ?? [], add, out);
  addDisputes(rows.get("disputes") ?? [], add, out);
  return out;
}

type Add = (kind: DataFileKind, origin: RowOrigin, record: unknown, parts?: RowOrigin[]) => void;

function sourceRecord(origin: RowOrigin, record: Record<string, unknown>, out: SheetRecords): Record<string, unknown> {
  const { [TEXT_COLUMN]: text, ...source } = record;
  const id = idOf(source);
  if (source.corpusFile === undefined && id !== undefined) source.corpusFile = defaultCorpusFile(id);
  if (typeof text === "string" && typeof source.corpusFile === "string") {
    const earlier = out.texts.get(source.corpusFile);
    if (earlier !== undefined && earlier !== text) {
      out.problems.push(sheetProblem("error", origin.label, origin.row, TEXT_COLUMN, cellAt(origin, TEXT_COLUMN), `a different text for ${source.corpusFile}, which an earlier row already gives: one file, one text`));
    } else out.texts.set(source.corpusFile, text);
  }
  return source;
}

function addRelations(relationRows: SheetRow[], claimRows: SheetRow[], add: Add, out: SheetRecords): void {
  const relations = new Map<string, { row: SheetRow; claims: unknown[]; parts: RowOrigin[] }>();
  for (const row of relationRows) {
    const id = idOf(row.record);
    if (id !== undefined && !relations.has(id)) relations.set(id, { row, claims: [], parts: [] });
  }
  for (const { origin, record } of claimRows) {
    const { relation: relationId, ...claim } = record;
    const relation = typeof relationId === "string" ? relations.get(relationId) : undefined;
    if (relation === undefined) {
      if (relationId !== undefined) out.problems.push(sheetProblem("error", origin.label, origin.row, "relation", cellAt(origin, "relation"), `unknown relation ${JSON.stringify(String(relationId).slice(0, 160))}: expected the id of a row in the relations sheet`));
      continue;
    }
    relation.claims.push(claim);
    relation.parts.push(origin);
  }
  for (const row of relationRows) {
    const id = idOf(row.record);
    const relation = id === undefined ? undefined : relations.get(id);
    const own = relation?.row === row ? relation : undefined;
    add("relations", row.origin, { ...row.record, claims: own?.claims ?? [] }, own?.parts ?? []);
  }
}

function addDisputes(sideRows: SheetRow[], add: Add, out: SheetRecords): void {
  const disputes = new Map<string, { first: SheetRow; record: Record<string, unknown>; sides: unknown[]; parts: RowOrigin[] }>();
  const order: { first: SheetRow; record: Record<string, unknown>; sides: unknown[]; parts: RowOrigin[] }[] = [];
  for (const row of sideRows) {
    const { id, question, note, ...side } = row.record;
    const key = typeof id === "string" ? id : `\u0000${row.origin.row}`;
    let dispute = disputes.get(key);
    if (dispute === undefined) {
      dispute = { first: row, record: { ...(id === undefined ? {} : { id }), ...(question === undefined ? {} : { question }), ...(note === undefined ? {} : { note }) }, sides: [], parts: [] };
      disputes.set(key, dispute);
      order.push(dispute);
    } else {
      for (const [field, value] of [["question", question], ["note", note]] as const) {
        if (value !== undefined && value !== dispute.record[field]) out.problems.push(sheetProblem("error", row.origin.label, row.origin.row, field, cellAt(row.origin, field), `differs from the ${field} on row ${dispute.first.origin.row} of dispute "${String(id)}": give it once, on the dispute's first row`));
      }
    }
    dispute.sides.push(side);
    dispute.parts.push(row.origin);
  }
  for (const dispute of order) add("disputes", dispute.first.origin, { ...dispute.record, sides: dispute.sides }, dispute.parts);
}
