"use client";

import { useEffect, useMemo, useState } from "react";
import { type Bloc, compareYears, type SignOptions, type Triad, triadKey, triadsAt, type YearComparison } from "@/lib/analysis";
import type { AllianceModel } from "@/lib/graph";
import { analysisOf, type ViewState } from "@/lib/view-state";

export interface AnalysisMarks {
  /** The analyses' two switches (count unattested, the contest rule), one object while they hold. */
  options: Required<SignOptions>;
  comparison: YearComparison | null;
  triads: readonly Triad[];
  highlightedTriad: string | null;
  setHighlightedTriad: (key: string | null) => void;
  /** The triad drawn on the map: the highlighted one while the balance tab is open. */
  triad: Triad | null;
  /** The year's blocs while "Colour by bloc" is on (Louvain loads on first use), else null. */
  blocs: readonly Bloc[] | null;
}

/** What the analyses lend the map and the Analysis area, from the URL's state and one hover. */
export function useAnalysisMarks(model: AllianceModel, state: ViewState): AnalysisMarks {
  const analysis = analysisOf(state);
  const { year, filters } = state;
  const [highlightedTriad, setHighlightedTriad] = useState<string | null>(null);
  const compare = analysis.tab === "compare" && analysis.compare !== null && analysis.compare !== year ? analysis.compare : null;
  const counting = analysis.countUnattested;
  const options = useMemo(() => ({ countUnattested: counting, contestRule: analysis.contestRule }), [counting, analysis.contestRule]);
  const comparison = useMemo(() => (compare === null ? null : compareYears(model, year, compare, filters, counting)), [model, year, compare, filters, counting]);
  const month = state.month ?? null;
  // Balance at the finest resolution shown: the month's triads in month mode.
  const triads = useMemo(() => (analysis.tab === "balance" ? triadsAt(model, { year, month }, options) : []), [analysis.tab, model, year, month, options]);
  const triad = triads.find((t) => triadKey(t) === highlightedTriad) ?? null;
  const blocs = useLazyBlocs(model, year, analysis.blocColours, options);
  const shownTriad = triad === null ? null : highlightedTriad;
  // One object per change, so a year step that changes no mark leaves the analyses' props alone.
  return useMemo(() => ({ options, comparison, triads, highlightedTriad: shownTriad, setHighlightedTriad, triad, blocs }), [options, comparison, triads, shownTriad, triad, blocs]);
}

type BlocsByYear = ReadonlyMap<number, readonly Bloc[]>;

// Louvain (with seedrandom) is the heaviest analysis code: loaded the first time blocs are asked for.
function useLazyBlocs(model: AllianceModel, year: number, enabled: boolean, options: SignOptions): readonly Bloc[] | null {
  const [loaded, setLoaded] = useState<{ model: AllianceModel; options: SignOptions; byYear: BlocsByYear } | null>(null);
  const current = loaded !== null && loaded.model === model && loaded.options === options;
  useEffect(() => {
    if (!enabled || current) return;
    let live = true;
    void import("@/lib/analysis/blocs").then(({ cachedBlocsByYear }) => {
      if (live) setLoaded({ model, options, byYear: cachedBlocsByYear(model, options) });
    });
    return () => {
      live = false;
    };
  }, [enabled, model, options, current]);
  if (!enabled || loaded === null || !current) return null;
  return loaded.byYear.get(year) ?? [];
}
