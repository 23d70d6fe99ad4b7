import type { Moment } from "./moment";

/** A year as a URL or API parameter: plain digits. "2001" yes; "2001.5", "2e3", "+2001", " 2001" no. */
export const YEAR_PARAM = /^\d{1,4}$/;

/** A year or a month of it as a parameter: "2001" or "2001-10" (month 01–12). */
export const DATE_PARAM = /^(\d{1,4})(?:-(0[1-9]|1[0-2]))?$/;

/** The year a parameter names, or null when it is not plain digits. */
export function yearParam(raw: string): number | null {
  return YEAR_PARAM.test(raw) ? Number(raw) : null;
}

/** The year or month a `date` parameter names, or null when it is neither "YYYY" nor "YYYY-MM". */
export function dateParam(raw: string): Moment | null {
  const match = DATE_PARAM.exec(raw);
  if (match === null) return null;
  return { year: Number(match[1]), month: match[2] === undefined ? null : Number(match[2]) };
}
