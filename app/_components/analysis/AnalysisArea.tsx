"use client";

import { type KeyboardEvent, memo, useEffect, useRef } from "react";
import type { AllianceModel } from "@/lib/graph";
import { ANALYSIS_TABS, analysisOf, type AnalysisState, type AnalysisTab, swapForComparedRelation, type ViewState } from "@/lib/view-state";
import { LazyBalanceView, LazyBlocsView, LazyCompareView, LazyDyadView } from "./lazy-analysis";
import type { AnalysisMarks } from "./use-analysis-marks";
import styles from "./analysis.module.css";

const TAB_LABELS: Record<AnalysisTab, string> = { compare: "Compare years", balance: "Balance", blocs: "Blocs & influence", dyad: "Dyad history" };

export interface AnalysisAreaProps {
  model: AllianceModel;
  /** The comparison, triads and highlight the map shows too (computed once, in the explorer). */
  marks: AnalysisMarks;
  state: ViewState;
  update: (next: ViewState, mode: "push" | "replace") => void;
  onSelectRelation: (id: string, year?: number) => void;
  onSelectActor: (id: string) => void;
}

/**
 * The Analysis area: one tab at a time (compare two years, structural balance, blocs and
 * influence, a dyad's history) plus the "Colour by bloc" switch, all kept in the URL. What they
 * mark on the map is part of the canvas description, drawn by the explorer's one applier.
 */
export const AnalysisArea = memo(function AnalysisArea({ model, marks, state, update, onSelectRelation, onSelectActor }: AnalysisAreaProps) {
  const analysis = analysisOf(state);
  const { year } = state;
  const { comparison, triads, highlightedTriad, setHighlightedTriad } = marks;
  const tabRefs = useRef(new Map<AnalysisTab, HTMLButtonElement>());
  const areaRef = useRef<HTMLElement>(null);
  // A dyad chosen elsewhere (the actor panel's "Compare with…", a link) opens below the map: bring it into view.
  const dyadKey = analysis.tab === "dyad" && analysis.dyad !== null ? `${analysis.dyad.a},${analysis.dyad.b}` : null;
  useEffect(() => {
    if (dyadKey !== null) areaRef.current?.scrollIntoView({ block: "nearest" });
  }, [dyadKey]);
  const setAnalysis = (patch: Partial<AnalysisState>, mode: "push" | "replace" = "replace") => update({ ...state, analysis: { ...analysis, ...patch } }, mode);

  // A relation of the comparison may hold only in the other year: then the two years swap.
  const selectCompared = (id: string) => {
    const swapped = swapForComparedRelation(state, id, model.graph.getEdgeAttribute(id, "years"));
    if (swapped === null) onSelectRelation(id);
    else update(swapped, "push");
  };

  const onTabKeyDown = (event: KeyboardEvent, tab: AnalysisTab) => {
    const delta = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (delta === 0) return;
    event.preventDefault();
    const next = ANALYSIS_TABS[(ANALYSIS_TABS.indexOf(tab) + delta + ANALYSIS_TABS.length) % ANALYSIS_TABS.length] ?? tab;
    setAnalysis({ tab: next });
    tabRefs.current.get(next)?.focus();
  };

  return (
    <section ref={areaRef} id="analysis" className={styles.area} aria-labelledby="analysis-heading" data-testid="analysis">
      <div className={styles.header}>
        <h2 id="analysis-heading" className={styles.title}>
          Analysis
        </h2>
        <div role="tablist" aria-label="Analyses" className={styles.tabs}>
          {ANALYSIS_TABS.map((tab) => (
            <button
              key={tab}
              ref={(element) => {
                if (element === null) tabRefs.current.delete(tab);
                else tabRefs.current.set(tab, element);
              }}
              type="button"
              role="tab"
              id={`analysis-tab-${tab}`}
              aria-selected={analysis.tab === tab}
              aria-controls={analysis.tab === tab ? "analysis-panel" : undefined}
              tabIndex={analysis.tab === tab || (analysis.tab === null && tab === "compare") ? 0 : -1}
              className={styles.tab}
              onClick={() => setAnalysis({ tab: analysis.tab === tab ? null : tab })}
              onKeyDown={(event) => onTabKeyDown(event, tab)}
            >
              {TAB_LABELS[tab]}
            </button>
          ))}
        </div>
        <label className={styles.switch} title="Whether the analyses count relations no source attests in the year, which continue since their last attested date (dotted on the map)">
          <input type="checkbox" role="switch" checked={analysis.countUnattested} onChange={(event) => setAnalysis({ countUnattested: event.target.checked })} data-testid="count-unattested" />
          Count unattested
        </label>
        <label className={styles.switchNext}>
          <input type="checkbox" role="switch" checked={analysis.blocColours} onChange={(event) => setAnalysis({ blocColours: event.target.checked })} />
          Colour by bloc
        </label>
      </div>
      {analysis.tab === null ? null : (
        <div role="tabpanel" id="analysis-panel" aria-labelledby={`analysis-tab-${analysis.tab}`} className={styles.panel}>
          {analysis.tab === "compare" ? (
            <LazyCompareView model={model} year={year} compareYear={analysis.compare} comparison={comparison} onCompareYearChange={(compare) => setAnalysis({ compare })} onSelectRelation={selectCompared} />
          ) : null}
          {analysis.tab === "balance" ? (
            <LazyBalanceView model={model} at={{ year, month: state.month ?? null }} triads={triads} options={marks.options} onContestRuleChange={(contestRule) => setAnalysis({ contestRule })} highlighted={highlightedTriad} onHighlight={setHighlightedTriad} onSelectRelation={(id) => onSelectRelation(id)} />
          ) : null}
          {analysis.tab === "blocs" ? <LazyBlocsView model={model} year={year} blocColours={analysis.blocColours} options={marks.options} onSelectActor={onSelectActor} onSelectRelation={(id: string) => onSelectRelation(id)} /> : null}
          {analysis.tab === "dyad" ? (
            <LazyDyadView
              model={model}
              year={year}
              dyad={analysis.dyad}
              options={marks.options}
              selectedActorId={state.selection?.kind === "actor" ? state.selection.id : null}
              onDyadChange={(dyad) => setAnalysis({ dyad }, "push")}
              onSelectRelation={onSelectRelation}
              onSelectActor={onSelectActor}
            />
          ) : null}
        </div>
      )}
    </section>
  );
});
