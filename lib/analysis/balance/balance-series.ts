import type { AllianceModel } from "../../graph/alliance-model";
import { memoPerModelAndSwitch } from "../shared/memo-per-model";
import { triadsAt } from "./triads-at";
import { COUNT_UNATTESTED_BY_DEFAULT } from "../shared/counted-relations";

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

/** The balance of every year of the data, first to last. */
export function balanceSeries(model: Pick<AllianceModel, "graph" | "relationIndex" | "actorIndex" | "years">, countUnattested = COUNT_UNATTESTED_BY_DEFAULT): YearBalance[] {
  const series: YearBalance[] = [];
  for (let year = model.years.first; year <= model.years.last; year += 1) {
    const counts = { balanced: 0, unbalanced: 0, contested: 0 };
    for (const triad of triadsAt(model, year, countUnattested)) counts[triad.status] += 1;
    const classified = counts.balanced + counts.unbalanced;
    series.push({ year, ...counts, share: classified === 0 ? null : counts.balanced / classified });
  }
  return series;
}

/**
 * balanceSeries, computed once per model and then read on every render. It lives here, apart from
 * the blocs' memo, so the chart under the slider can load it without Louvain.
 */
const cached = memoPerModelAndSwitch(balanceSeries);
export const cachedBalanceSeries = (model: Parameters<typeof balanceSeries>[0], countUnattested = COUNT_UNATTESTED_BY_DEFAULT): YearBalance[] => cached(model, countUnattested);
