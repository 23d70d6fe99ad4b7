import Papa from "papaparse";
import { type ImportProblem, sheetProblem } from "../import-problem";
import type { SheetCell, SheetTable } from "./sheet-table";

/**
 * A CSV file as a sheet: every cell is text (nothing in a CSV is a formula until a spreadsheet
 * makes it one, and we never do). A quoting error is reported on its row; the table is then not used.
 */
export function readCsv(text: string, name: string, label: string): { table: SheetTable | null; problems: ImportProblem[] } {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const problems = parsed.errors
    // papaparse guesses the delimiter; a one-column file (a header alone) is no error.
    .filter((error) => error.code !== "UndetectableDelimiter")
    .map((error) => sheetProblem("error", label, typeof error.row === "number" ? error.row + 1 : null, null, null, `not valid CSV: ${error.message}`));
  if (problems.length > 0) return { table: null, problems };
  const rows = parsed.data.map((cells) => cells.map((cell): SheetCell => (cell === "" ? { kind: "blank" } : { kind: "text", text: cell })));
  return { table: { name, label, rows }, problems: [] };
}
