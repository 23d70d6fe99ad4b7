/** A cell as read from a workbook or CSV file, before it means anything. */
export type SheetCell =
  | { kind: "blank" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  /** A spreadsheet date; `hasDay` when its number format shows the day (else its precision is unclear). */
  | { kind: "date"; iso: string; hasDay: boolean; format: string }
  /** Never evaluated, never trusted: it is reported. */
  | { kind: "formula"; formula: string }
  | { kind: "error"; text: string };

/** One sheet (or CSV file): rows of cells, the first row being the header. */
export interface SheetTable {
  /** The sheet's name as it maps to the layout, lower-cased ("relations"). */
  name: string;
  /** How messages name it: "relations.csv", or `allegiances.xlsx, sheet "relations"`. */
  label: string;
  rows: SheetCell[][];
}

export const BLANK: SheetCell = { kind: "blank" };

/** A column's letters as spreadsheets show them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let out = "";
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function isBlank(cell: SheetCell | undefined): boolean {
  return cell === undefined || cell.kind === "blank" || (cell.kind === "text" && cell.text.trim() === "");
}
