import type { YearBalance } from "@/lib/analysis";

/** "1989–1995, 2023": years as ranges of consecutive runs. */
export function yearRanges(years: readonly number[]): string {
  const runs: string[] = [];
  let start: number | null = null;
  let previous: number | null = null;
  for (const year of [...years, Number.NaN]) {
    if (start !== null && previous !== null && year === previous + 1) {
      previous = year;
      continue;
    }
    if (start !== null && previous !== null) runs.push(start === previous ? String(start) : `${start}–${previous}`);
    start = Number.isNaN(year) ? null : year;
    previous = start;
  }
  return runs.join(", ");
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The chart in words: the year shown, the most strained years, and the gaps. */
export function balanceSummary(series: readonly YearBalance[], year: number): string {
  const current = series.find((entry) => entry.year === year);
  const now =
    current === undefined || current.share === null
      ? `${year}: no triad to classify${current !== undefined && current.contested > 0 ? ` (${current.contested} contested)` : ""}.`
      : `${year}: ${percent(current.share)} balanced (${current.balanced} of ${current.balanced + current.unbalanced}${current.contested > 0 ? `; ${current.contested} contested` : ""}).`;
  const classified = series.filter((entry): entry is YearBalance & { share: number } => entry.share !== null);
  const lowest = classified.length === 0 ? null : Math.min(...classified.map((entry) => entry.share));
  const strained = lowest === null ? "" : ` Most strained: ${yearRanges(classified.filter((entry) => entry.share === lowest).map((entry) => entry.year))} (${percent(lowest)}).`;
  const gaps = series.filter((entry) => entry.share === null).map((entry) => entry.year);
  return `${now}${strained}${gaps.length > 0 ? ` No classifiable triads: ${yearRanges(gaps)}.` : ""}`;
}
