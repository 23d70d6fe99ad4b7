import type { DataFileText } from "../../dataset/parse-data-files";
import { type BroughtFile, baseName, extensionOf, textOf } from "../brought-file";
import { type ImportProblem, sheetProblem } from "../import-problem";
import type { GivenText } from "../source-texts";
import { readCsv } from "./read-csv";
import { readXlsx } from "./read-xlsx";
import type { SheetTable } from "./sheet-table";
import { type RecordOrigin, sheetsToRecords } from "./sheets-to-records";

export interface SheetsRead {
  files: DataFileText[];
  origins: Map<string, RecordOrigin>;
  texts: GivenText[];
  /** Files that are not sheets: source texts, perhaps. */
  rest: BroughtFile[];
  problems: ImportProblem[];
}

/** "Allegiances template - actors.csv" → "actors": spreadsheets export each sheet as "<book> - <sheet>.csv". */
export function sheetNameOfCsv(path: string): string {
  const stem = baseName(path).replace(/\.csv$/i, "").trim().toLowerCase();
  return stem.split(/[\s_\-–—]+/).filter((word) => word !== "").pop() ?? stem;
}

/** One .xlsx workbook, or a set of CSV files (one per sheet), as data files named by row. */
export async function readSheets(format: "workbook" | "csv", files: readonly BroughtFile[]): Promise<SheetsRead> {
  const ext = format === "workbook" ? "xlsx" : "csv";
  const sheetFiles = files.filter((file) => extensionOf(file.path) === ext);
  const rest = files.filter((file) => extensionOf(file.path) !== ext);
  const problems: ImportProblem[] = [];
  const tables: SheetTable[] = [];
  if (format === "workbook") {
    if (sheetFiles.length > 1) problems.push(sheetProblem("error", sheetFiles.map((file) => file.path).join(", "), null, null, null, "several workbooks: open one .xlsx at a time"));
    const [workbook] = sheetFiles;
    if (workbook !== undefined && sheetFiles.length === 1) {
      const read = await readXlsx(workbook.bytes, workbook.path);
      problems.push(...read.problems);
      tables.push(...read.tables);
    }
  } else {
    for (const file of sheetFiles) {
      const text = textOf(file);
      if (!text.ok) {
        problems.push(sheetProblem("error", file.path, null, null, null, text.message));
        continue;
      }
      const read = readCsv(text.text, sheetNameOfCsv(file.path), file.path);
      problems.push(...read.problems);
      if (read.table !== null) tables.push(read.table);
    }
  }
  const empty: SheetsRead = { files: [], origins: new Map(), texts: [], rest, problems };
  if (problems.length > 0) return empty;
  const label = format === "workbook" ? (sheetFiles[0]?.path ?? "workbook") : "the CSV files";
  const records = sheetsToRecords(tables, label);
  const texts = [...records.texts].map(([name, text]) => ({ name, text, from: `the sources sheet's text column (${name})` }));
  return { files: records.files, origins: records.origins, texts, rest, problems: records.problems };
}
