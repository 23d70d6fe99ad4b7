const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/**
 * A point on the time axis: a whole year, or one month of it (1–12). The map, the API and the
 * analyses read the data at either resolution; a year-precise relation counts in every month of its year.
 */
export interface Moment {
  year: number;
  month: number | null;
}

/** A year or a month, as the analyses take them: a plain number is the whole year. */
export type MomentLike = number | Moment;

export const momentOf = (at: MomentLike): Moment => (typeof at === "number" ? { year: at, month: null } : at);

/** The period a moment stands for, as statusIn and touchesPeriod read it: "2001" or "2001-10". */
export function periodOf(at: MomentLike): string {
  const { year, month } = momentOf(at);
  const yyyy = String(year).padStart(4, "0");
  return month === null ? yyyy : `${yyyy}-${String(month).padStart(2, "0")}`;
}

/** A moment in words: "2001", "October 2001". */
export function momentLabel(at: MomentLike): string {
  const { year, month } = momentOf(at);
  return month === null ? String(year) : `${MONTH_NAMES[month - 1] ?? "?"} ${year}`;
}

/** The month's short name: "Oct". */
export const shortMonthName = (month: number): string => (MONTH_NAMES[month - 1] ?? "?").slice(0, 3);

/** Months counted from year 0, so months can be stepped and compared as numbers. */
export const monthIndex = (year: number, month: number): number => year * 12 + (month - 1);
export const monthAt = (index: number): Moment => ({ year: Math.floor(index / 12), month: (index % 12) + 1 });

/** The moment one step before or after: a year at year resolution, a month at month resolution. */
export function stepMoment(at: Moment, delta: number): Moment {
  if (at.month === null) return { year: at.year + delta, month: null };
  return monthAt(monthIndex(at.year, at.month) + delta);
}

/** A moment's place on the month axis, for ordering (a whole year sits at its January). */
export function momentIndex(at: Moment): number {
  return monthIndex(at.year, at.month ?? 1);
}

export const sameMoment = (a: Moment, b: Moment): boolean => a.year === b.year && a.month === b.month;

/**
 * The time control's axis: whole years, or every month of the data's years. A moment's place on
 * it, and back, so a slider and Play step by one either way.
 */
export function axisOf(years: { first: number; last: number }, byMonth: boolean): { min: number; max: number } {
  return byMonth ? { min: monthIndex(years.first, 1), max: monthIndex(years.last, 12) } : { min: years.first, max: years.last };
}
export const axisIndex = (at: Moment): number => (at.month === null ? at.year : monthIndex(at.year, at.month));
export const momentOnAxis = (index: number, byMonth: boolean): Moment => (byMonth ? monthAt(index) : { year: index, month: null });
