"use client";

import { useEffect, useMemo, useState } from "react";
import { type Bloc, compareYears, type Triad, triadKey, triadsAt, type YearComparison } from "@/lib/analysis";
import type { AllianceModel } from "@/lib/graph";
import { analysisOf, type ViewState } from "@/lib/view-state";

export interface AnalysisMarks {
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
  const comparison = useMemo(() => (compare === null ? null : compareYears(model, year, compare, filters)), [model, year, compare, filters]);
  const triads = useMemo(() => (analysis.tab === "balance" ? triadsAt(model, year) : []), [analysis.tab, model, year]);
  const triad = triads.find((t) => triadKey(t) === highlightedTriad) ?? null;
  const blocs = useLazyBlocs(model, year, analysis.blocColours);
  const shownTriad = triad === null ? null : highlightedTriad;
  // One object per change, so a year step that changes no mark leaves the analyses' props alone.
  return useMemo(() => ({ comparison, triads, highlightedTriad: shownTriad, setHighlightedTriad, triad, blocs }), [comparison, triads, shownTriad, triad, blocs]);
}

type BlocsByYear = ReadonlyMap<number, readonly Bloc[]>;

// Louvain (with seedrandom) is the heaviest analysis code: loaded the first time blocs are asked for.
function useLazyBlocs(model: AllianceModel, year: number, enabled: boolean): readonly Bloc[] | null {
  const [loaded, setLoaded] = useState<{ model: AllianceModel; byYear: BlocsByYear } | null>(null);
  useEffect(() => {
    if (!enabled || loaded?.model === model) return;
    let live = true;
    void import("@/lib/analysis/blocs").then(({ cachedBlocsByYear }) => {
      if (live) setLoaded({ model, byYear: cachedBlocsByYear(model) });
    });
    return () => {
      live = false;
    };
  }, [enabled, model, loaded]);
  if (!enabled || loaded === null || loaded.model !== model) return null;
  return loaded.byYear.get(year) ?? [];
}
