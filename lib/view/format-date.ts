import type { PartialDate, Source } from "../schema";
import { dateParts } from "../vocabulary/dates";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** A partial date in words, at its own precision: "2001", "October 2001", "15 August 2021". */
export function formatPartialDate(date: PartialDate): string {
  const parts = dateParts(date);
  if (parts === null) throw new Error(`format-date: "${date}" is not a partial date`);
  const year = String(parts.year);
  if (parts.month === null) return year;
  const month = MONTHS[parts.month - 1];
  if (month === undefined) throw new Error(`format-date: "${date}" has no month ${parts.month}`);
  if (parts.day === null) return `${month} ${year}`;
  return `${parts.day} ${month} ${year}`;
}

/** A source's publication date, marked "approx." when the date is an estimate. */
export function formatPublished(published: Source["published"]): string {
  const date = formatPartialDate(published.date);
  return published.approximate ? `approx. ${date}` : date;
}
