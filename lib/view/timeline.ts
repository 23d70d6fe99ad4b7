import type { YearSpan } from "../time/year-span";

/** The year to open a relation at: the selected year when the relation holds then, else its first year. */
export function yearInsideSpan(span: YearSpan, selectedYear: number): number {
  return selectedYear >= span.from && selectedYear <= span.to ? selectedYear : span.from;
}

export interface AxisYears {
  first: number;
  last: number;
}

/** A bar's place on a timeline as percentages of its width; each year is one equal cell. */
export function barPosition(span: YearSpan, axis: AxisYears): { left: number; width: number } {
  const cells = axis.last - axis.first + 1;
  const from = Math.max(span.from, axis.first);
  const to = Math.min(span.to, axis.last);
  if (cells <= 0 || to < from) return { left: 0, width: 0 };
  return { left: ((from - axis.first) / cells) * 100, width: ((to - from + 1) / cells) * 100 };
}

/** Where a year's marker goes: the middle of its cell, as a percentage; null outside the axis. */
export function yearPosition(year: number, axis: AxisYears): number | null {
  const cells = axis.last - axis.first + 1;
  if (cells <= 0 || year < axis.first || year > axis.last) return null;
  return ((year - axis.first + 0.5) / cells) * 100;
}

const TICK_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000] as const;

/** Round years to label the axis with, at most `maxTicks` of them. */
export function axisTicks(axis: AxisYears, maxTicks: number): number[] {
  const length = axis.last - axis.first + 1;
  if (length <= 0 || maxTicks <= 0) return [];
  const step = TICK_STEPS.find((candidate) => Math.ceil(length / candidate) <= maxTicks) ?? Math.ceil(length / maxTicks);
  const ticks: number[] = [];
  for (let year = Math.ceil(axis.first / step) * step; year <= axis.last; year += step) ticks.push(year);
  return ticks;
}

/**
 * Lanes for spans drawn in one row, so overlapping spans stack instead of hiding each other:
 * each span (in the given order) takes the first lane whose last span ended before it starts.
 */
export function assignLanes(spans: readonly YearSpan[]): { lanes: number[]; laneCount: number } {
  const laneEnds: number[] = [];
  const lanes = spans.map((span) => {
    const free = laneEnds.findIndex((end) => end < span.from);
    const lane = free === -1 ? laneEnds.length : free;
    laneEnds[lane] = span.to;
    return lane;
  });
  return { lanes, laneCount: laneEnds.length };
}
