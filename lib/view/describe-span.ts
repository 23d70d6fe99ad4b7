import type { Relation } from "../schema";
import { type Precision, precisionOf } from "../vocabulary/dates";
import { relationYears, type YearSpan } from "../time/year-span";
import { formatPartialDate } from "./format-date";

export interface SpanDescription {
  /** The span in words at the dates' own precision: "from October 2001 to December 2001". */
  text: string;
  /** The whole years its stated bounds cover (see relationYears); the map may draw it longer, as unattested (describeAttestation). */
  years: YearSpan;
  /** The years as a compact label: "1996–2001", "2021–present", "2018". */
  yearLabel: string;
  startPrecision: Precision;
  ongoing: boolean;
  /** True when no source says when the relation ended: after its last attested date it is drawn as continuing, unattested. */
  endUnknown: boolean;
  /** How an inferred bound was worked out, when one was. */
  inferred: { start: string | null; end: string | null };
}

/** Describes when a relation held; `presentYear` is the dataset's present (model.years.last). */
export function describeSpan(relation: Pick<Relation, "start" | "end" | "inferred">, presentYear: number): SpanDescription {
  const years = relationYears(relation, presentYear);
  const start = formatPartialDate(relation.start);
  const ongoing = relation.end === "ongoing";
  const endUnknown = relation.end === "unknown";
  return {
    text: spanText(relation, start),
    years,
    yearLabel: yearLabel(years, ongoing),
    startPrecision: precisionOf(relation.start),
    ongoing,
    endUnknown,
    inferred: { start: relation.inferred?.start ?? null, end: relation.inferred?.end ?? null },
  };
}

function spanText(relation: Pick<Relation, "start" | "end">, start: string): string {
  if (relation.end === "ongoing") return `since ${start} (ongoing)`;
  if (relation.end === "unknown") return `${start}, end not stated`;
  if (relation.end === relation.start) return precisionOf(relation.start) === "day" ? `on ${start}` : `in ${start}`;
  return `from ${start} to ${formatPartialDate(relation.end)}`;
}

function yearLabel(years: YearSpan, ongoing: boolean): string {
  if (ongoing) return `${years.from}–present`;
  if (years.from === years.to) return String(years.from);
  return `${years.from}–${years.to}`;
}
