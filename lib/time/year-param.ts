/** A year as a URL or API parameter: plain digits. "2001" yes; "2001.5", "2e3", "+2001", " 2001" no. */
export const YEAR_PARAM = /^\d{1,4}$/;

/** The year a parameter names, or null when it is not plain digits. */
export function yearParam(raw: string): number | null {
  return YEAR_PARAM.test(raw) ? Number(raw) : null;
}
