import type { Cell, CellValue, Workbook } from "exceljs";
import { type ImportProblem, sheetProblem } from "../import-problem";
import type { SheetCell, SheetTable } from "./sheet-table";

/**
 * An .xlsx workbook's sheets as tables (exceljs). Formulas are kept as formulas, so they are
 * reported, never evaluated, and their cached results never read; rich text and links give their text.
 */
export async function readXlsx(bytes: Uint8Array, label: string): Promise<{ tables: SheetTable[]; problems: ImportProblem[] }> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { tables: [], problems: [sheetProblem("error", label, null, null, null, `not a readable .xlsx workbook (${(error as Error).message.slice(0, 200)}); save it from your spreadsheet as "Excel Workbook (.xlsx)"`)] };
  }
  const tables: SheetTable[] = [];
  workbook.eachSheet((sheet) => {
    const rows: SheetCell[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: SheetCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        cells[columnNumber - 1] = sheetCell(cell);
      });
      rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? { kind: "blank" });
    });
    const filled = Array.from(rows, (row) => row ?? []);
    tables.push({ name: sheet.name.trim().toLowerCase(), label: `${label}, sheet "${sheet.name.slice(0, 60)}"`, rows: filled });
  });
  if (tables.length === 0) return { tables, problems: [sheetProblem("error", label, null, null, null, 'not a readable .xlsx workbook (it holds no sheet); save it from your spreadsheet as "Excel Workbook (.xlsx)"')] };
  return { tables, problems: [] };
}

function sheetCell(cell: Cell): SheetCell {
  // exceljs's ValueType enum, by number: the enum itself is not importable without loading the library.
  switch (cell.type) {
    case 0: // Null
    case 1: // Merge: part of a merged range; its value belongs to the range's first cell
      return { kind: "blank" };
    case 6: // Formula (shared formulas too)
      return { kind: "formula", formula: cell.formula ?? formulaOf(cell.value) };
    case 10: // Error
      return { kind: "error", text: String((cell.value as { error?: unknown }).error ?? "#ERROR") };
    default:
      return plainCell(cell.value, cell.numFmt ?? "");
  }
}

function plainCell(value: CellValue, format: string): SheetCell {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "string") return value === "" ? { kind: "blank" } : { kind: "text", text: value };
  if (value instanceof Date) return { kind: "date", iso: value.toISOString().slice(0, 10), hasDay: showsDay(format), format: format === "" ? "a date" : format };
  if ("richText" in value) return { kind: "text", text: value.richText.map((run) => run.text).join("") };
  if ("text" in value) return plainCell(value.text as CellValue, format);
  if ("formula" in value || "sharedFormula" in value) return { kind: "formula", formula: formulaOf(value) };
  if ("error" in value) return { kind: "error", text: String(value.error) };
  return { kind: "error", text: "an unreadable cell" };
}

function formulaOf(value: CellValue): string {
  const record = value as { formula?: unknown; sharedFormula?: unknown } | null;
  return String(record?.formula ?? record?.sharedFormula ?? "");
}

/** True when a number format shows the day ("yyyy-mm-dd", "d mmm yyyy"), ignoring quoted text and [colours]. */
function showsDay(format: string): boolean {
  return /d/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ""));
}
