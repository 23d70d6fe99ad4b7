import { type ImportProblem, sheetProblem } from "../import-problem";
import type { Column } from "./sheet-columns";
import { columnLetter, type SheetTable } from "./sheet-table";

/** Where each known column sits in a sheet (its header row), and what is wrong with the header. */
export interface SheetHeader {
  indexOf: Map<string, number>;
  problems: ImportProblem[];
}

/** Reads row 1: every header must be a known column, once; every required column must be there. */
export function readHeader(table: SheetTable, columns: readonly Column[]): SheetHeader {
  const indexOf = new Map<string, number>();
  const problems: ImportProblem[] = [];
  const byLowerName = new Map(columns.map((column) => [column.name.toLowerCase(), column.name]));
  const expected = columns.map((column) => column.name).join(", ");
  (table.rows[0] ?? []).forEach((cell, index) => {
    const cellName = `${columnLetter(index)}1`;
    const header = cell.kind === "text" ? cell.text.trim() : cell.kind === "blank" ? "" : null;
    if (header === "") return;
    const name = header === null ? undefined : byLowerName.get(header.toLowerCase());
    if (name === undefined) {
      const shown = header === null ? `a ${cell.kind} cell` : JSON.stringify(header.slice(0, 60));
      problems.push(sheetProblem("error", table.label, 1, shown, cellName, `unknown column ${shown}: expected one of ${expected}`));
    } else if (indexOf.has(name)) {
      problems.push(sheetProblem("error", table.label, 1, name, cellName, `column "${name}" appears twice in the header`));
    } else indexOf.set(name, index);
  });
  for (const column of columns) {
    if (column.required === true && !indexOf.has(column.name)) {
      problems.push(sheetProblem("error", table.label, 1, column.name, null, `missing column "${column.name}": the header row must name it (columns: ${expected})`));
    }
  }
  return { indexOf, problems };
}
