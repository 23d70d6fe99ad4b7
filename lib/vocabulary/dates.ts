// Partial dates without zod, so the browser can read them without shipping the schema library;
// PartialDateSchema (lib/schema/partial-date) validates with the same pattern.

/** A date string as YYYY, YYYY-MM or YYYY-MM-DD (validated at the edge by PartialDateSchema). */
type PartialDate = string;

/** A date known to year, month or day precision: "2001", "2001-10", "2021-08-15". */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type Precision = "year" | "month" | "day";

export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

export function dateParts(value: string): DateParts | null {
  const match = PARTIAL_DATE.exec(value);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function precisionOf(value: PartialDate): Precision {
  const parts = dateParts(value);
  if (parts === null) throw new Error(`partial-date: "${value}" is not a partial date`);
  if (parts.day !== null) return "day";
  if (parts.month !== null) return "month";
  return "year";
}

export function yearOf(value: PartialDate): number {
  const parts = dateParts(value);
  if (parts === null) throw new Error(`partial-date: "${value}" is not a partial date`);
  return parts.year;
}

/** The first and last calendar day a partial date may stand for, as sortable YYYY-MM-DD strings. */
export function dateRange(value: PartialDate): { earliest: string; latest: string } {
  const parts = dateParts(value);
  if (parts === null) throw new Error(`partial-date: "${value}" is not a partial date`);
  const yyyy = String(parts.year).padStart(4, "0");
  if (parts.month === null) return { earliest: `${yyyy}-01-01`, latest: `${yyyy}-12-31` };
  const mm = String(parts.month).padStart(2, "0");
  if (parts.day === null) {
    const last = String(daysInMonth(parts.year, parts.month)).padStart(2, "0");
    return { earliest: `${yyyy}-${mm}-01`, latest: `${yyyy}-${mm}-${last}` };
  }
  const dd = String(parts.day).padStart(2, "0");
  return { earliest: `${yyyy}-${mm}-${dd}`, latest: `${yyyy}-${mm}-${dd}` };
}

/**
 * True when `start` cannot be after `end` given their precisions: "2001-10" may end in "2001",
 * but "2002" cannot end in "2001-12".
 */
export function canPrecede(start: PartialDate, end: PartialDate): boolean {
  return dateRange(start).earliest <= dateRange(end).latest;
}
