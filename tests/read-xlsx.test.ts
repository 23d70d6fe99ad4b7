import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "@/lib/dataset/data-layout";
import { readXlsx } from "@/lib/import/sheets/read-xlsx";
import type { SheetCell } from "@/lib/import/sheets/sheet-table";

// Workbooks as other programs write them (LibreOffice, Google Sheets, Excel): parts exceljs never writes.
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
function workbook(sheetData: string, { date1904 = false, sheetName = "relations", sharedStrings = "" } = {}): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "xl/workbook.xml": strToU8(`<workbook ${NS}><workbookPr date1904="${date1904 ? 1 : 0}"/><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId7"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8('<Relationships><Relationship Id="rId7" Type="worksheet" Target="/xl/worksheets/data.xml"/></Relationships>'),
    "xl/sharedStrings.xml": strToU8(`<sst ${NS}>${sharedStrings}</sst>`),
    // Style 0 plain, 1 a built-in date (14), 2 a custom month-only format, 3 text ("@").
    "xl/styles.xml": strToU8(`<styleSheet ${NS}><numFmts><numFmt numFmtId="164" formatCode="mmm\\ yyyy"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="49"/></cellXfs></styleSheet>`),
    "xl/worksheets/data.xml": strToU8(`<worksheet ${NS}><cols><col min="1" max="2"/></cols><sheetData>${sheetData}</sheetData></worksheet>`),
  });
}
async function cells(sheetData: string, options?: Parameters<typeof workbook>[1]): Promise<SheetCell[][]> {
  const read = await readXlsx(workbook(sheetData, options), "book.xlsx");
  expect(read.problems).toEqual([]);
  return read.tables[0]?.rows ?? [];
}
const row = (r: number, inner: string) => `<row r="${r}">${inner}</row>`;

describe("readXlsx", () => {
  it.each<[string, string, SheetCell]>([
    ["a shared string", '<c r="A1" t="s"><v>1</v></c>', { kind: "text", text: "Taliban & co" }],
    ["rich text runs, the phonetic guide left out", '<c r="A1" t="s"><v>2</v></c>', { kind: "text", text: "Northern Alliance" }],
    ["an inline string (LibreOffice)", '<c r="A1" t="inlineStr"><is><t xml:space="preserve"> Iran </t></is></c>', { kind: "text", text: " Iran " }],
    ["Excel's escape of a carriage return", '<c r="A1" t="inlineStr"><is><t>a_x000D_b</t></is></c>', { kind: "text", text: "a\rb" }],
    ["a number", '<c r="A1"><v>2001</v></c>', { kind: "number", value: 2001 }],
    ["a number in a text style", '<c r="A1" s="3"><v>7</v></c>', { kind: "number", value: 7 }],
    ["a boolean", '<c r="A1" t="b"><v>1</v></c>', { kind: "boolean", value: true }],
    ["an error", '<c r="A1" t="e"><v>#N/A</v></c>', { kind: "error", text: "#N/A" }],
    ["a date in a built-in format", '<c r="A1" s="1"><v>37179</v></c>', { kind: "date", iso: "2001-10-15", hasDay: true, format: "mm-dd-yy" }],
    ["a date shown without its day", '<c r="A1" s="2"><v>37165</v></c>', { kind: "date", iso: "2001-10-01", hasDay: false, format: "mmm\\ yyyy" }],
    ["an ISO date cell", '<c r="A1" t="d"><v>2001-10-07T00:00:00</v></c>', { kind: "date", iso: "2001-10-07", hasDay: true, format: "a date" }],
    ["a formula with a cached string, never read", '<c r="A1" t="str"><f>CONCAT("al","ly")</f><v>ally</v></c>', { kind: "formula", formula: 'CONCAT("al","ly")' }],
    ["an empty shared string", '<c r="A1" t="s"><v>0</v></c>', { kind: "blank" }],
    ["a styled cell with no value (a merged range's tail)", '<c r="A1" s="1"/>', { kind: "blank" }],
    ["a shared string the workbook lacks", '<c r="A1" t="s"><v>99</v></c>', { kind: "error", text: "a shared string the workbook does not hold" }],
  ])("%s", async (_, cell, expected) => {
    const sharedStrings = '<si><t/></si><si><t>Taliban &amp; co</t></si><si><r><rPr><b/></rPr><t>Northern </t></r><r><t>Alliance</t></r><rPh sb="0" eb="1"><t>ノーザン</t></rPh></si>';
    // A row of blanks only reads as an empty row.
    expect((await cells(row(1, cell), { sharedStrings }))[0]?.[0] ?? { kind: "blank" }).toEqual(expected);
  });

  it("places cells by their references, fills gaps with blanks, and keeps empty rows empty", async () => {
    const rows = await cells(row(1, '<c r="B1"><v>1</v></c><c><v>2</v></c>') + row(3, '<c r="A3"><v>3</v></c>') + '<row r="4"/>');
    expect(rows).toEqual([[{ kind: "blank" }, { kind: "number", value: 1 }, { kind: "number", value: 2 }], [], [{ kind: "number", value: 3 }]]);
  });

  it("reports a shared formula's later cells with the first cell's formula", async () => {
    const rows = await cells(row(1, '<c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>2</v></c>') + row(2, '<c r="A2"><f t="shared" si="0"/><v>4</v></c>'));
    expect(rows.map((cellsOfRow) => cellsOfRow[0])).toEqual([{ kind: "formula", formula: "B1*2" }, { kind: "formula", formula: "B1*2" }]);
  });

  it("reads dates in the 1904 date system", async () => {
    expect((await cells(row(1, '<c r="A1" s="1"><v>35717</v></c>'), { date1904: true }))[0]?.[0]).toMatchObject({ iso: "2001-10-15" });
  });

  it("decodes the sheet's name, quotes and angle brackets in it included", async () => {
    const read = await readXlsx(workbook(row(1, '<c r="A1"><v>1</v></c>'), { sheetName: "Relations &quot;2001&quot; &gt; all" }), "book.xlsx");
    expect(read.tables.map((table) => [table.name, table.label])).toEqual([['relations "2001" > all', 'book.xlsx, sheet "Relations "2001" > all"']]);
  });

  it("refuses a workbook whose part unpacks past the size limit, from the zip's directory, unread", async () => {
    const bomb = zipSync({ "xl/workbook.xml": strToU8("<workbook/>"), "xl/worksheets/big.xml": new Uint8Array(MAX_FILE_BYTES + 1) }, { level: 1 });
    expect(bomb.length).toBeLessThan(1_000_000);
    const read = await readXlsx(bomb, "bomb.xlsx");
    expect(read.tables).toEqual([]);
    expect(read.problems.map((problem) => problem.message)).toEqual([`not a readable .xlsx workbook (too large: xl/worksheets/big.xml unpacks to ${MAX_FILE_BYTES + 1} bytes (at most ${MAX_FILE_BYTES} a file)); save it from your spreadsheet as "Excel Workbook (.xlsx)"`]);
  });

  it.each([
    ["not a zip", strToU8("hello"), /not a readable \.xlsx workbook \(not a readable \.zip archive/],
    ["a zip with no workbook part", zipSync({ "hello.txt": strToU8("hi") }), /not a readable \.xlsx workbook \(it holds no xl\/workbook\.xml\)/],
  ])("names %s as unreadable, with how to save it", async (_, bytes, message) => {
    const read = await readXlsx(bytes, "book.xlsx");
    expect(read.tables).toEqual([]);
    expect(read.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(message)]);
  });
});
