import type { AllianceModel } from "../../graph/alliance-model";
import { memoPerModelAndOptions } from "../shared/memo-per-model";
import { triadsAt } from "./triads-at";
import type { Triad } from "./find-triads";
import { type SignOptions, signOptionsKey } from "./signed-pairs";

/** How one year's triads split, and the share that is balanced. */
export interface YearBalance {
  year: number;
  balanced: number;
  unbalanced: number;
  contested: number;
  /**
   * balanced / (balanced + unbalanced), from 0 to 1. Contested triads are neither, so they are
   * left out of the share (and counted above). null when the year has no triad to classify: a gap.
   */
  share: number | null;
}

/** How triads split by verdict, and the balanced share of the classifiable ones (contested ones are neither). */
export function tallyTriads(triads: readonly Pick<Triad, "status">[]): Omit<YearBalance, "year"> {
  const counts = { balanced: 0, unbalanced: 0, contested: 0 };
  for (const triad of triads) counts[triad.status] += 1;
  const classified = counts.balanced + counts.unbalanced;
  return { ...counts, share: classified === 0 ? null : counts.balanced / classified };
}

/** The balance of every year of the data, first to last. */
export function balanceSeries(model: Pick<AllianceModel, "graph" | "relationIndex" | "actorIndex" | "years">, options: SignOptions = {}): YearBalance[] {
  const series: YearBalance[] = [];
  for (let year = model.years.first; year <= model.years.last; year += 1) series.push(yearBalance(model, year, options));
  return series;
}

/** One year of balanceSeries: a caller with thousands of relations computes the series a year per task. */
export function yearBalance(model: Pick<AllianceModel, "graph" | "relationIndex" | "actorIndex" | "years">, year: number, options: SignOptions = {}): YearBalance {
  return { year, ...tallyTriads(triadsAt(model, year, options)) };
}

/**
 * balanceSeries, computed once per model and then read on every render. It lives here, apart from
 * the blocs' memo, so the chart under the slider can load it without Louvain.
 */
const cached = memoPerModelAndOptions(balanceSeries, signOptionsKey);
export const cachedBalanceSeries = (model: Parameters<typeof balanceSeries>[0], options: SignOptions = {}): YearBalance[] => cached(model, options);
/** The cached series if it was computed already, else undefined (nothing is computed). */
export const balanceSeriesIfComputed = (model: Parameters<typeof balanceSeries>[0], options: SignOptions = {}): YearBalance[] | undefined => cached.peek(model, options);
/** Keeps a series computed elsewhere (a year per task) as the cached one. */
export const keepBalanceSeries = (model: Parameters<typeof balanceSeries>[0], options: SignOptions, series: YearBalance[]): void => cached.keep(model, options, series);
