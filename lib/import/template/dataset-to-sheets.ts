import type { Dataset } from "../../schema";
import { LIST_SEPARATOR, SHEETS, type SheetName, TEXT_COLUMN } from "../sheets/sheet-columns";

/** A sheet as plain strings: the header row, then one row per record (or claim, or dispute side). */
export type SheetRows = Record<SheetName, string[][]>;

function valueAt(record: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((value, part) => (typeof value === "object" && value !== null ? (value as Record<string, unknown>)[part] : undefined), record);
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.map(String).join(` ${LIST_SEPARATOR} `);
  return String(value);
}

const rowOf = (sheet: SheetName, record: unknown) => SHEETS[sheet].map((column) => cellText(valueAt(record, column.name)));

/**
 * A dataset in the spreadsheet layout (the inverse of the import): a relation's claims become
 * rows of the claims sheet, a dispute's sides rows of the disputes sheet (its question on the first).
 */
export function datasetToSheets(dataset: Dataset, texts: ReadonlyMap<string, string>): SheetRows {
  const header = (sheet: SheetName) => SHEETS[sheet].map((column) => column.name);
  return {
    actors: [header("actors"), ...dataset.actors.map((actor) => rowOf("actors", actor))],
    sources: [header("sources"), ...dataset.sources.map((source) => rowOf("sources", { ...source, [TEXT_COLUMN]: texts.get(source.corpusFile) }))],
    relations: [header("relations"), ...dataset.relations.map((relation) => rowOf("relations", relation))],
    claims: [header("claims"), ...dataset.relations.flatMap((relation) => relation.claims.map((claim) => rowOf("claims", { relation: relation.id, ...claim })))],
    disputes: [
      header("disputes"),
      ...dataset.disputes.flatMap((dispute) => dispute.sides.map((side, index) => rowOf("disputes", index === 0 ? { id: dispute.id, question: dispute.question, note: dispute.note, ...side } : { id: dispute.id, ...side }))),
    ],
  };
}
