/** What the map says when a year (or a month, "October 2001") has no relation to draw; null when it has some. */
export function emptyYearMessage(year: number | string, shownCount: number, presentCount: number): string | null {
  if (shownCount > 0) return null;
  if (presentCount > 0) return `No relations in ${year} match the filters.`;
  return `No relations recorded for ${year}.`;
}
