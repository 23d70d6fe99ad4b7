import { type ColumnKind, LIST_SEPARATOR } from "./sheet-columns";
import type { SheetCell } from "./sheet-table";

/** A cell's value for the record, undefined for a blank cell, or why it cannot be used. */
export type CellValue = { ok: true; value: unknown } | { ok: false; message: string };

const YES = new Set(["yes", "true", "1", "y"]);
const NO = new Set(["no", "false", "0", "n"]);
// Messages quote what the cell holds, never more than this of it (cells may be huge).
const clip = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * What a cell means in a column of this kind. A formula is never evaluated and its cached result
 * never trusted; a spreadsheet date counts only when its format shows the day (a "mmm-yy" date
 * would silently become the first of its month).
 */
export function cellValue(cell: SheetCell, kind: ColumnKind): CellValue {
  switch (cell.kind) {
    case "blank":
      return { ok: true, value: undefined };
    case "formula":
      return { ok: false, message: `a formula (${clip(`=${cell.formula}`)}) is never evaluated here: type the value itself (or paste it as values)` };
    case "error":
      return { ok: false, message: `the cell shows an error (${clip(cell.text)}): type the value itself` };
    case "date":
      if (cell.hasDay) return { ok: true, value: kind === "list" ? [cell.iso] : cell.iso };
      return { ok: false, message: `a spreadsheet date shown as ${clip(cell.format)}, so its precision is unclear: type it as text, YYYY, YYYY-MM or YYYY-MM-DD (format the column as Text)` };
    case "boolean":
      return kind === "yes-no" ? { ok: true, value: cell.value } : fromText(cell.value ? "TRUE" : "FALSE", kind);
    case "number":
      return fromText(String(cell.value), kind);
    case "text":
      return fromText(cell.text, kind);
  }
}

function fromText(raw: string, kind: ColumnKind): CellValue {
  const text = raw.trim();
  if (text === "") return { ok: true, value: undefined };
  if (kind === "list") return { ok: true, value: text.split(LIST_SEPARATOR).map((item) => item.trim()).filter((item) => item !== "") };
  if (kind === "yes-no") {
    const word = text.toLowerCase();
    if (YES.has(word)) return { ok: true, value: true };
    if (NO.has(word)) return { ok: true, value: false };
    return { ok: false, message: `${clip(text)}: expected yes or no` };
  }
  return { ok: true, value: text };
}
