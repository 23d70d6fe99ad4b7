import { LIST_SEPARATOR } from "../sheets/sheet-columns";

/** The template's first sheet, for people: how the sheets fit together. It is never read as data. */
export const ABOUT_ROWS: string[][] = [
  ["Allegiances dataset template: fill these sheets, then use Open dataset in the explorer."],
  ["actors: one row per actor. aliases are separated by " + LIST_SEPARATOR + "; lifespan.start and lifespan.end are dates, 'unknown' or (end) 'ongoing'."],
  ["sources: one row per source. text holds the source's full text, which every quote is checked against; without it its quotes show as not verified."],
  ["relations: one row per relation: source and target are actor ids, type a relation type, start a date, end a date, 'ongoing' or 'unknown'."],
  ["claims: one row per claim, so a relation with two sources has two rows. relation is the relation's id, source the source's id; the quote must appear verbatim in the source's text."],
  ["disputes (optional): one row per side; the dispute's id on every row, its question (and note) on the first."],
  ["Dates are text: YYYY, YYYY-MM or YYYY-MM-DD. Formulas are never evaluated: type values. Columns are named by the field they fill; see the README's spreadsheet layout."],
];
