import { useEffect, useState } from "react";
import { balanceSeriesIfComputed, cachedBalanceSeries, keepBalanceSeries, type SignOptions, signOptionsKey, type YearBalance, yearBalance } from "@/lib/analysis";
import type { AllianceModel } from "@/lib/graph";

// Up to this many relations the series takes a few milliseconds: computed in the render (and on the server).
const INLINE_RELATIONS = 3000;
// Past it, a year per slice of about a frame, so opening a big dataset never holds the page for the whole series.
const SLICE_MS = 8;

/**
 * The balance of every year for the chart under the slider. At thousands of relations it is
 * computed a few years per task after the map is drawn; null until then (the chart says so).
 */
export function useBalanceSeries(model: AllianceModel, options: SignOptions): YearBalance[] | null {
  const inline = model.dataset.relations.length <= INLINE_RELATIONS;
  const key = signOptionsKey(options);
  const [sliced, setSliced] = useState<{ model: AllianceModel; key: string; series: YearBalance[] } | null>(null);
  useEffect(() => {
    if (inline) return;
    // Read after mount, never in the render: the server's cache may differ from this page's.
    const kept = balanceSeriesIfComputed(model, options);
    if (kept !== undefined) {
      setSliced({ model, key, series: kept });
      return;
    }
    const series: YearBalance[] = [];
    let year = model.years.first;
    let timer: number | undefined;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      while (year <= model.years.last && performance.now() < until) series.push(yearBalance(model, year++, options));
      if (year <= model.years.last) timer = window.setTimeout(slice, 0);
      else {
        keepBalanceSeries(model, options, series);
        setSliced({ model, key, series });
      }
    };
    timer = window.setTimeout(slice, 0);
    return () => window.clearTimeout(timer);
    // `key` stands for the options' contents: a new options object with the same switches changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inline, model, key]);
  if (inline) return cachedBalanceSeries(model, options);
  return sliced !== null && sliced.model === model && sliced.key === key ? sliced.series : null;
}
