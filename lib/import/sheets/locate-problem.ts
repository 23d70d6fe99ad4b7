import type { Problem } from "../../dataset/problem";
import { type ImportProblem, importProblemOf } from "../import-problem";
import { cellAt, type RowOrigin } from "./read-rows";
import { SHEETS } from "./sheet-columns";
import type { RecordOrigin } from "./sheets-to-records";

const COLUMNS = new Set(Object.values(SHEETS).flatMap((columns) => columns.map((column) => column.name)));

const PART = /^(?:claims|sides)\[(\d+)\](?:\.(.*))?$/;

// The validator names data files; a spreadsheet's reader knows sheets.
const SHEET_WORDS: [RegExp, string][] = [
  [/the id of a record in data\/relations\/\*\.json/g, "an id in the relations sheet"],
  [/the id of a record in (actors|sources|disputes)\.json/g, "an id in the $1 sheet"],
];

/** A validator problem placed on the sheet, row and column its field was typed in. */
export function locateProblem(problem: Problem, origins: ReadonlyMap<string, RecordOrigin>): ImportProblem {
  const origin = origins.get(problem.file);
  if (origin === undefined) return importProblemOf(problem);
  const part = PART.exec(problem.field);
  const partOrigin = part === null ? undefined : origin.parts[Number(part[1])];
  const [row, field]: [RowOrigin, string] = partOrigin === undefined ? [origin, problem.field] : [partOrigin, part?.[2] ?? ""];
  const column = columnOf(row, field);
  const reworded = SHEET_WORDS.reduce((text, [pattern, words]) => text.replace(pattern, words), problem.message);
  const message = problem.field === "claims" ? `${reworded}: add a row for this relation in the claims sheet` : reworded;
  return { ...problem, file: row.label, message, row: row.row, column, cell: column === null ? null : cellAt(row, column) };
}

/** The column a field path was read from: "aliases[1]" → aliases, "claims" → none (its own sheet). */
function columnOf(row: RowOrigin, field: string): string | null {
  const path = field.replace(/\[\d+\]/g, "");
  if (path === "") return null;
  // A field whose column the sheet leaves out (an optional column) is named all the same.
  return COLUMNS.has(path) ? path : null;
}
