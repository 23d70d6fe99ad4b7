import { BLANK, type SheetCell } from "../sheet-table";
import type { WorkbookParts } from "./workbook-parts";
import { decodeXmlText, elementsOf, firstElement, runText, type XmlElement } from "./xml-scan";

const DAY_MS = 86_400_000;
// Day 0 of Excel's two date systems, in days since 1970-01-01 (the 1900 one counts its phantom 29 February).
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;

/** A worksheet's rows of cells (row and column as the sheet numbers them, from 0), empty rows as []. */
export function sheetRows(xml: string, parts: WorkbookParts): SheetCell[][] {
  const rows: SheetCell[][] = [];
  // A shared formula's later cells hold only its index: they are reported with the first cell's text.
  const sharedFormulas = new Map<string, string>();
  let nextRow = 0;
  for (const row of elementsOf(firstElement(xml, "sheetData")?.inner ?? "", "row")) {
    const rowIndex = indexFrom(row.attributes.get("r"), nextRow);
    nextRow = rowIndex + 1;
    const cells: SheetCell[] = [];
    let nextColumn = 0;
    for (const cell of elementsOf(row.inner ?? "", "c")) {
      const column = columnFrom(cell.attributes.get("r"), nextColumn);
      nextColumn = column + 1;
      const value = cellValue(cell, parts, sharedFormulas);
      if (value.kind !== "blank") cells[column] = value;
    }
    if (cells.length > 0) rows[rowIndex] = Array.from(cells, (cell) => cell ?? BLANK);
  }
  return Array.from(rows, (row) => row ?? []);
}

function cellValue(cell: XmlElement, parts: WorkbookParts, sharedFormulas: Map<string, string>): SheetCell {
  const inner = cell.inner ?? "";
  const type = cell.attributes.get("t") ?? "n";
  // Formulas are kept as formulas, so they are reported, never evaluated, and their cached results never read.
  const formula = inner.includes("<f") ? firstElement(inner, "f") : null;
  if (formula !== null) return { kind: "formula", formula: formulaText(formula, sharedFormulas) };
  if (type === "inlineStr") return textCell(runText(firstElement(inner, "is")?.inner ?? ""));
  const written = firstElement(inner, "v")?.inner;
  if (written === undefined || written === null) return BLANK;
  const raw = decodeXmlText(written);
  switch (type) {
    case "s": {
      const text = parts.sharedStrings[Number(raw)];
      return text === undefined ? { kind: "error", text: "a shared string the workbook does not hold" } : textCell(text);
    }
    case "str":
      return textCell(raw);
    case "b":
      return { kind: "boolean", value: raw.trim() === "1" || raw.trim() === "true" };
    case "e":
      return { kind: "error", text: raw };
    case "d":
      return /^\d{4}-\d{2}-\d{2}/.test(raw) ? { kind: "date", iso: raw.slice(0, 10), hasDay: true, format: "a date" } : { kind: "error", text: "an unreadable date" };
    default:
      return numberCell(raw, parts.dateFormats[Number(cell.attributes.get("s") ?? "0")] ?? null, parts.date1904);
  }
}

function numberCell(raw: string, dateFormat: string | null, date1904: boolean): SheetCell {
  const value = raw.trim() === "" ? NaN : Number(raw);
  if (!Number.isFinite(value)) return { kind: "error", text: "an unreadable number" };
  if (dateFormat === null) return { kind: "number", value };
  const date = new Date(Math.round((value - (date1904 ? EPOCH_1904 : EPOCH_1900)) * DAY_MS));
  if (Number.isNaN(date.getTime())) return { kind: "error", text: "a date out of range" };
  return { kind: "date", iso: date.toISOString().slice(0, 10), hasDay: showsDay(dateFormat), format: dateFormat };
}

function formulaText(formula: XmlElement, sharedFormulas: Map<string, string>): string {
  const text = decodeXmlText(formula.inner ?? "");
  const shared = formula.attributes.get("si");
  if (shared === undefined) return text;
  if (text !== "") sharedFormulas.set(shared, text);
  return text !== "" ? text : (sharedFormulas.get(shared) ?? "");
}

const textCell = (text: string): SheetCell => (text === "" ? BLANK : { kind: "text", text });

/** True when a number format shows the day ("yyyy-mm-dd", "d mmm yyyy"), ignoring quoted text and [colours]. */
function showsDay(format: string): boolean {
  return /d/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ""));
}

function indexFrom(reference: string | undefined, next: number): number {
  const number = Number(reference);
  return Number.isInteger(number) && number >= 1 ? number - 1 : next;
}

/** "C7" → 2 (the letters' column), or `next` when the cell names none. */
function columnFrom(reference: string | undefined, next: number): number {
  const letters = /^([A-Z]{1,3})\d*$/i.exec(reference ?? "")?.[1];
  if (letters === undefined) return next;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}
