import { type ImportProblem, sheetProblem } from "../import-problem";
import { cellValue } from "./cell-value";
import type { SheetHeader } from "./read-header";
import type { Column } from "./sheet-columns";
import { BLANK, columnLetter, isBlank, type SheetTable } from "./sheet-table";

/** Where a record (or one of its claims or sides) was typed, to place the validator's findings. */
export interface RowOrigin {
  label: string;
  row: number;
  indexOf: ReadonlyMap<string, number>;
}

export interface SheetRow {
  origin: RowOrigin;
  /** The row as a raw record: "lifespan.start" becomes { lifespan: { start } }; blank cells are left out. */
  record: Record<string, unknown>;
}

/** Every non-blank row under the header as a raw record, with what could not be read from its cells. */
export function readRows(table: SheetTable, header: SheetHeader, columns: readonly Column[]): { rows: SheetRow[]; problems: ImportProblem[] } {
  const rows: SheetRow[] = [];
  const problems: ImportProblem[] = [];
  const known = new Set(header.indexOf.values());
  for (let index = 1; index < table.rows.length; index += 1) {
    const cells = table.rows[index] ?? [];
    if (cells.every((cell) => isBlank(cell))) continue;
    const row = index + 1;
    const record: Record<string, unknown> = {};
    for (const column of columns) {
      const at = header.indexOf.get(column.name);
      if (at === undefined) continue;
      const value = cellValue(cells[at] ?? BLANK, column.kind);
      if (!value.ok) problems.push(sheetProblem("error", table.label, row, column.name, `${columnLetter(at)}${row}`, value.message));
      else if (value.value !== undefined) setPath(record, column.name, value.value);
    }
    cells.forEach((cell, at) => {
      if (!known.has(at) && !isBlank(cell)) problems.push(sheetProblem("error", table.label, row, null, `${columnLetter(at)}${row}`, `a value in column ${columnLetter(at)}, which has no header: every value needs a named column`));
    });
    rows.push({ origin: { label: table.label, row, indexOf: header.indexOf }, record });
  }
  return { rows, problems };
}

function setPath(record: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let target = record;
  for (const part of parts.slice(0, -1)) {
    const next = target[part];
    if (typeof next === "object" && next !== null) target = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      target[part] = created;
      target = created;
    }
  }
  target[parts[parts.length - 1] ?? path] = value;
}

/** The cell of `column` on the origin's row ("D5"), or null when the sheet has no such column. */
export function cellAt(origin: RowOrigin, column: string): string | null {
  const at = origin.indexOf.get(column);
  return at === undefined ? null : `${columnLetter(at)}${origin.row}`;
}
