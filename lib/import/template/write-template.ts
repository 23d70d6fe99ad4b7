import { zipSync } from "fflate";
import Papa from "papaparse";
import type { Dataset } from "../../schema";
import { SHEET_NAMES } from "../sheets/sheet-columns";
import { ABOUT_ROWS } from "./about-rows";
import { datasetToSheets, type SheetRows } from "./dataset-to-sheets";

// Fixed, so the same data always gives the same bytes (exceljs and zips otherwise stamp the clock).
const STAMP = new Date(Date.UTC(2001, 0, 1));
const UTF8_BOM = "\uFEFF";

/** The dataset as an .xlsx workbook in the spreadsheet layout, every cell text (dates stay as typed). */
export async function workbookBytes(dataset: Dataset, texts: ReadonlyMap<string, string>): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Allegiances";
  workbook.created = STAMP;
  workbook.modified = STAMP;
  const about = workbook.addWorksheet("about");
  about.addRows(ABOUT_ROWS);
  about.getColumn(1).width = 140;
  const sheets: SheetRows = datasetToSheets(dataset, texts);
  for (const name of SHEET_NAMES) {
    const [header = [], ...rows] = sheets[name];
    const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = header.map((title) => ({ header: title, key: title, width: Math.min(60, Math.max(12, title.length + 2)), style: { numFmt: "@" } }));
    sheet.getRow(1).font = { bold: true };
    sheet.addRows(rows);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The dataset as a zip of CSV files, one per sheet (UTF-8 with a BOM, so Excel reads accents right). */
export function csvZipBytes(dataset: Dataset, texts: ReadonlyMap<string, string>): Uint8Array {
  const sheets = datasetToSheets(dataset, texts);
  const encoder = new TextEncoder();
  const files = Object.fromEntries(SHEET_NAMES.map((name) => [`${name}.csv`, [encoder.encode(UTF8_BOM + Papa.unparse(sheets[name], { newline: "\r\n" })), { mtime: STAMP }] as const]));
  return zipSync(files as unknown as Parameters<typeof zipSync>[0], { level: 6 });
}
