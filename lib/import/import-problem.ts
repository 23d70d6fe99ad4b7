import type { Problem } from "../dataset/problem";

/**
 * A problem with what a person brought in: the validator's Problem (file, record, field), placed
 * by sheet, row and column when it came from a spreadsheet, so it can be fixed where it was typed.
 */
export interface ImportProblem extends Problem {
  /** 1-based row as the spreadsheet numbers it (the header is row 1); null outside spreadsheets. */
  row: number | null;
  /** The column's header ("type"), and its cell ("D5") when the cell is known. */
  column: string | null;
  cell: string | null;
}

export function importProblemOf(problem: Problem): ImportProblem {
  return { ...problem, row: null, column: null, cell: null };
}

export function sheetProblem(severity: Problem["severity"], file: string, row: number | null, column: string | null, cell: string | null, message: string): ImportProblem {
  return { severity, file, record: null, field: column ?? "", row, column, cell, message };
}

/** "error: relations.csv, row 5, column D (type): …", or the validator's own wording outside sheets. */
export function formatImportProblem(problem: ImportProblem): string {
  const where =
    problem.row === null
      ? [problem.file, problem.record === null ? null : `record "${problem.record}"`, problem.field === "" ? null : `field ${problem.field}`]
      : [problem.file, `row ${problem.row}`, columnPart(problem)];
  return `${problem.severity}: ${where.filter((part): part is string => part !== null).join(", ")}: ${problem.message}`;
}

function columnPart({ column, cell }: ImportProblem): string | null {
  if (column === null) return null;
  return cell === null ? `column ${column}` : `column ${cell.replace(/\d+$/, "")} (${column})`;
}
