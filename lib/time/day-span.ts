import { dateRange, yearOf } from "../vocabulary/dates";
import type { YearSpan } from "./year-span";

/** An inclusive range of calendar days, as sortable YYYY-MM-DD strings. */
export interface DaySpan {
  from: string;
  to: string;
}

/** The first and last day a partial date may stand for ("2018" → 2018-01-01 … 2018-12-31). */
export const earliestDay = (date: string): string => dateRange(date).earliest;
export const latestDay = (date: string): string => dateRange(date).latest;

/** The day `delta` days after (or before) a YYYY-MM-DD day; years below 100 stay themselves. */
export function shiftDay(day: string, delta: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const moment = new Date(0);
  moment.setUTCFullYear(year, month - 1, date + delta);
  const yyyy = String(moment.getUTCFullYear()).padStart(4, "0");
  return `${yyyy}-${String(moment.getUTCMonth() + 1).padStart(2, "0")}-${String(moment.getUTCDate()).padStart(2, "0")}`;
}

/** The whole years a span of days touches: a period counts when any of its days does. */
export function yearsOfDays(span: DaySpan): YearSpan {
  return { from: yearOf(span.from), to: yearOf(span.to) };
}

/** True when the span shares at least one day with the period a partial date stands for (a year, a month or a day). */
export function touchesPeriod(span: DaySpan, period: string): boolean {
  return span.from <= latestDay(period) && span.to >= earliestDay(period);
}

/** Days from the Unix epoch to a YYYY-MM-DD day, so spans of days can be measured. */
export function dayNumber(day: string): number {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const moment = new Date(0);
  moment.setUTCFullYear(year, month - 1, date);
  return Math.round(moment.getTime() / 86_400_000);
}

/** The days of a span that fall in a period (a year, a month, a day), or null when none do. */
export function clipToPeriod(span: DaySpan, period: string): DaySpan | null {
  const from = span.from > earliestDay(period) ? span.from : earliestDay(period);
  const to = span.to < latestDay(period) ? span.to : latestDay(period);
  return from <= to ? { from, to } : null;
}

/** How many days the union of some spans covers. */
export function daysCovered(spans: readonly DaySpan[]): number {
  const sorted = [...spans].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let total = 0;
  let end = -Infinity;
  for (const span of sorted) {
    const from = Math.max(dayNumber(span.from), end + 1);
    const to = dayNumber(span.to);
    if (to >= from) total += to - from + 1;
    end = Math.max(end, to);
  }
  return total;
}
