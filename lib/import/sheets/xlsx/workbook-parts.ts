import { elementsOf, firstElement, runText } from "./xml-scan";

/** What every sheet of a workbook reads through: its shared strings, which styles show dates, its epoch. */
export interface WorkbookParts {
  sheets: { name: string; xml: string }[];
  sharedStrings: string[];
  /** Per cell style index (a cell's `s`): the date format it shows numbers with, or null. */
  dateFormats: (string | null)[];
  date1904: boolean;
}

// The built-in number formats that show dates or times (ECMA-376, 18.8.30), as Excel names them.
const BUILT_IN_FORMATS: Record<number, string> = {
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0",
};

/** True when a number format shows a date or a time ("yyyy-mm-dd", "d mmm", "h:mm"), ignoring quoted text and [colours]. */
export function isDateFormat(format: string): boolean {
  return /[ymdhs]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));
}

/** The workbook's parts, from its unzipped entries; a string names what is missing. */
export function workbookParts(entries: ReadonlyMap<string, Uint8Array>): WorkbookParts | string {
  const decoder = new TextDecoder("utf-8");
  const text = (path: string) => {
    const bytes = entries.get(path);
    return bytes === undefined ? null : decoder.decode(bytes);
  };
  const workbook = text("xl/workbook.xml");
  if (workbook === null) return "it holds no xl/workbook.xml";
  const targets = new Map<string, string>();
  for (const relation of elementsOf(text("xl/_rels/workbook.xml.rels") ?? "", "Relationship")) {
    const target = relation.attributes.get("Target") ?? "";
    targets.set(relation.attributes.get("Id") ?? "", target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets: WorkbookParts["sheets"] = [];
  for (const sheet of elementsOf(workbook, "sheet")) {
    const id = sheet.attributes.get("r:id") ?? [...sheet.attributes].find(([name]) => name.endsWith(":id"))?.[1] ?? "";
    const xml = text(targets.get(id) ?? "");
    if (xml === null) return `its sheet "${(sheet.attributes.get("name") ?? "").slice(0, 60)}" has no worksheet part`;
    sheets.push({ name: sheet.attributes.get("name") ?? "", xml });
  }
  const sharedStrings = [...elementsOf(text("xl/sharedStrings.xml") ?? "", "si")].map((item) => runText(item.inner ?? ""));
  const date1904 = /^(1|true)$/.test(firstElement(workbook, "workbookPr")?.attributes.get("date1904") ?? "");
  return { sheets, sharedStrings, dateFormats: dateFormatsOf(text("xl/styles.xml") ?? ""), date1904 };
}

function dateFormatsOf(styles: string): (string | null)[] {
  const custom = new Map<number, string>();
  for (const format of elementsOf(styles, "numFmt")) custom.set(Number(format.attributes.get("numFmtId")), format.attributes.get("formatCode") ?? "");
  // Only cellXfs: a cell's `s` indexes them (cellStyleXfs are the named styles they derive from).
  const cellStyles = firstElement(styles, "cellXfs")?.inner ?? "";
  return [...elementsOf(cellStyles, "xf")].map((style) => {
    const id = Number(style.attributes.get("numFmtId") ?? "0");
    const format = custom.get(id) ?? BUILT_IN_FORMATS[id] ?? null;
    return format !== null && isDateFormat(format) ? format : null;
  });
}
