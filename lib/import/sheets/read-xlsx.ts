import { type ImportProblem, sheetProblem } from "../import-problem";
import { unzipChecked } from "../unzip-files";
import type { SheetTable } from "./sheet-table";
import { sheetRows } from "./xlsx/sheet-rows";
import { workbookParts } from "./xlsx/workbook-parts";

/**
 * An .xlsx workbook's sheets as tables. Unpacked through the same size checks as a .zip (a
 * workbook is one), then read part by part: shared strings, date styles, the sheets' cells.
 */
export async function readXlsx(bytes: Uint8Array, label: string): Promise<{ tables: SheetTable[]; problems: ImportProblem[] }> {
  const unreadable = (why: string) => ({ tables: [], problems: [sheetProblem("error", label, null, null, null, `not a readable .xlsx workbook (${why}); save it from your spreadsheet as "Excel Workbook (.xlsx)"`)] });
  const unzipped = unzipChecked(bytes);
  if (!unzipped.ok) return unreadable(unzipped.problem);
  const parts = workbookParts(unzipped.entries);
  if (typeof parts === "string") return unreadable(parts);
  if (parts.sheets.length === 0) return unreadable("it holds no sheet");
  const tables = parts.sheets.map((sheet) => ({ name: sheet.name.trim().toLowerCase(), label: `${label}, sheet "${sheet.name.slice(0, 60)}"`, rows: sheetRows(sheet.xml, parts) }));
  return { tables, problems: [] };
}
