import { describe, expect, it } from "vitest";
import { formatImportProblem, importDataset, type ImportProblem, type ImportResult, SHEETS } from "@/lib/import";
import { ActorSchema, ClaimSchema, DisputeSchema, DisputeSideSchema, RelationSchema, SourceSchema } from "@/lib/schema";
import { setCell, templateSheets, type TestCell, workbookOf } from "./fixtures/workbooks";

const BOOK = "mine.xlsx";
const sheetLabel = (sheet: string) => `${BOOK}, sheet "${sheet}"`;

async function openWith(change: (sheets: Record<string, TestCell[][]>) => void): Promise<ImportResult> {
  const sheets: Record<string, TestCell[][]> = templateSheets();
  change(sheets);
  return importDataset([{ path: BOOK, bytes: await workbookOf(sheets) }]);
}

const errors = (result: ImportResult): ImportProblem[] => (result.ok ? [] : result.problems.filter((problem) => problem.severity === "error"));
const where = (problem: ImportProblem) => [problem.file, problem.row, problem.column];

describe("opening a workbook in the spreadsheet layout", () => {
  it("reads the template's real rows into a valid dataset, every quote verified against the text column", async () => {
    const result = await openWith(() => {});
    expect(result.ok ? result.summary : result.problems.map(formatImportProblem)).toMatch(/valid: .*10 relations, 29 claims.*29\/29 quotes verified/);
    expect(result.ok && result.dataset.unverifiedSources).toEqual([]);
  });

  it("three broken rows give exactly those three problems, by sheet, row and column, and no dataset", async () => {
    const result = await openWith((sheets) => {
      setCell(sheets, "actors", 2, "kind", "empire");
      setCell(sheets, "relations", 3, "start", "2001-13");
      setCell(sheets, "claims", 4, "evidence", "rumour");
    });
    expect(result.ok).toBe(false);
    expect(errors(result).map(where)).toEqual([
      [sheetLabel("actors"), 2, "kind"],
      [sheetLabel("relations"), 3, "start"],
      [sheetLabel("claims"), 4, "evidence"],
    ]);
    expect(errors(result).map((problem) => problem.cell)).toEqual(["D2", "E3", "D4"]);
    expect(errors(result).map(formatImportProblem)[1]).toBe(`error: ${sheetLabel("relations")}, row 3, column E (start): "2001-13" is not a real calendar date (month 01-12, day within the month)`);
  });

  // A hostile workbook: each cell is set on the template and must be refused where it was typed.
  it.each<[string, string, number, string, TestCell, RegExp]>([
    ["a formula, never evaluated even with a cached result", "relations", 2, "type", { formula: 'CONCAT("al","ly")', result: "ally" }, /formula .*never evaluated/],
    ["a formula in a quote", "claims", 2, "quote", { formula: 'HYPERLINK("http://evil.example","x")', result: "x" }, /formula/],
    ["an error cell", "actors", 3, "name", { formula: "1/0", result: { error: "#DIV/0!" } }, /formula/],
    ["a huge quote", "claims", 3, "quote", "a".repeat(100_000), /^a quote of at most 400 characters/],
    ["a huge description", "actors", 2, "description", "<b>".repeat(20_000), /^at most 2000 characters/],
    ["a month that does not exist", "relations", 2, "start", "2001-13", /not a real calendar date/],
    ["a date in words", "relations", 2, "end", "last spring", /^"last spring" is not a date \(YYYY, YYYY-MM or YYYY-MM-DD\) or "ongoing" or "unknown"$/],
    ["a spreadsheet date of unclear precision", "relations", 4, "start", { date: new Date(Date.UTC(2001, 9, 1)), numFmt: "mmm-yy" }, /shown as "mmm-yy", so its precision is unclear/],
    ["an unknown actor", "relations", 2, "target", "nobody", /unknown actor "nobody": expected an id in the actors sheet/],
    ["an unknown source on a claim", "claims", 2, "source", "a-blog", /unknown source "a-blog": expected an id in the sources sheet/],
    ["a claim of no relation", "claims", 2, "relation", "no-such-relation", /unknown relation "no-such-relation": expected the id of a row in the relations sheet/],
    ["a javascript: URL", "sources", 2, "url", "javascript:alert(1)", /http\(s\)/],
    ["a yes-or-no that is neither", "sources", 2, "published.approximate", "maybe", /"maybe": expected yes or no/],
  ])("refuses %s at its cell", async (_what, sheet, row, column, value, message) => {
    const result = await openWith((sheets) => setCell(sheets, sheet, row, column, value));
    expect(result.ok).toBe(false);
    const found = errors(result).filter((problem) => problem.file === sheetLabel(sheet) && problem.row === row && problem.column === column);
    expect(found.map((problem) => problem.message)).toContainEqual(expect.stringMatching(message));
    // A huge cell is measured, never echoed.
    for (const problem of errors(result)) expect(problem.message.length).toBeLessThan(400);
  });

  it("keeps <script> and markup in names and notes as plain text, under the same limits as shipped data", async () => {
    const payload = '<script>window.__pwned=1</script><img src=x onerror="alert(1)">';
    const result = await openWith((sheets) => {
      setCell(sheets, "actors", 2, "description", payload);
      setCell(sheets, "claims", 2, "note", payload);
    });
    expect(result.ok && result.dataset.actors[0]?.description).toBe(payload);
  });

  it("takes a year typed as a number, and a spreadsheet date that shows its day", async () => {
    const result = await openWith((sheets) => {
      setCell(sheets, "relations", 2, "start", 1996);
      setCell(sheets, "relations", 2, "end", { date: new Date(Date.UTC(2001, 11, 9)), numFmt: "yyyy-mm-dd" });
    });
    const relation = result.ok ? result.dataset.relations[0] : undefined;
    expect([relation?.start, relation?.end]).toEqual(["1996", "2001-12-09"]);
  });

  it("marks every quote of a source without its text as not verified, and says so, instead of trusting it", async () => {
    const result = await openWith((sheets) => {
      for (const row of sheets.sources?.slice(1) ?? []) row[row.length - 1] = null;
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.unverifiedSources).toEqual(result.dataset.sources.map((source) => source.id));
    expect(result.warnings.map((problem) => problem.message)).toContainEqual(expect.stringMatching(/quotes are shown as not verified/));
    expect(result.summary).toMatch(/0\/29 quotes verified/);
  });

  it("still checks the quotes of a source whose text is given", async () => {
    const result = await openWith((sheets) => setCell(sheets, "claims", 2, "quote", "Words no source ever printed."));
    expect(errors(result).map(formatImportProblem)).toEqual([expect.stringMatching(/row 2, column C \(quote\): quote not found verbatim in [a-z0-9-]+\.txt \(source "[a-z0-9-]+"\); it matches up to/)]);
  });

  it.each<[string, (sheets: Record<string, TestCell[][]>) => void, RegExp]>([
    ["a missing sheet", (sheets) => delete sheets.claims, /missing sheet "claims"/],
    ["an unknown column", (sheets) => sheets.actors?.[0]?.push("colour"), /unknown column "colour": expected one of id, name/],
    ["a missing required column", (sheets) => sheets.relations?.forEach((row) => row.splice(3, 1)), /missing column "type"/],
    ["a value under no header", (sheets) => { if (sheets.actors?.[1]) sheets.actors[1][20] = "stray"; }, /no header/],
  ])("refuses %s before reading any record", async (_what, change, message) => {
    const result = await openWith(change);
    expect(result.ok).toBe(false);
    expect(errors(result).map((problem) => problem.message)).toContainEqual(expect.stringMatching(message));
  });
});

describe("the spreadsheet layout", () => {
  // Every field of every record has its column, named by its path: the layout cannot drift from the schema.
  type Def = { type: string; shape?: Record<string, { _zod: { def: Def } }>; innerType?: { _zod: { def: Def } }; element?: { _zod: { def: Def } } };
  const leaves = (def: Def, prefix = ""): string[] => {
    if ((def.type === "optional" || def.type === "default") && def.innerType !== undefined) return leaves(def.innerType._zod.def, prefix);
    if (def.type === "object" && def.shape !== undefined) return Object.entries(def.shape).flatMap(([key, schema]) => leaves(schema._zod.def, prefix === "" ? key : `${prefix}.${key}`));
    return [prefix];
  };
  const columnsOf = (sheet: keyof typeof SHEETS) => SHEETS[sheet].map((column) => column.name);
  it.each<[keyof typeof SHEETS, string[]]>([
    ["actors", leaves(ActorSchema._zod.def as unknown as Def)],
    ["sources", [...leaves(SourceSchema._zod.def as unknown as Def), "text"]],
    ["relations", leaves(RelationSchema._zod.def as unknown as Def).filter((field) => field !== "claims")],
    ["claims", ["relation", ...leaves(ClaimSchema._zod.def as unknown as Def)]],
    ["disputes", [...leaves(DisputeSchema._zod.def as unknown as Def).filter((field) => field !== "sides"), ...leaves(DisputeSideSchema._zod.def as unknown as Def)]],
  ])("the %s sheet has a column for every field", (sheet, fields) => {
    expect([...columnsOf(sheet)].sort()).toEqual([...fields].sort());
  });
});

describe("a claim of a broken relation", () => {
  it("is still checked: its unknown source is reported beside the relation's own problem", async () => {
    const result = await openWith((sheets) => {
      setCell(sheets, "relations", 3, "type", "befriends");
      const claimRow = sheets.claims?.findIndex((row) => row[0] === sheets.relations?.[2]?.[0]) ?? -1;
      setCell(sheets, "claims", claimRow + 1, "source", "nowhere-news");
    });
    expect(errors(result).map((problem) => [problem.file, problem.column, problem.message.slice(0, 30)])).toEqual([
      [sheetLabel("relations"), "type", expect.any(String)],
      [sheetLabel("claims"), "source", 'unknown source "nowhere-news":'],
    ]);
  });
});
