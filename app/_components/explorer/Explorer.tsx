"use client";

import type { Core } from "cytoscape";
import { useCallback, useMemo, useState } from "react";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { presentAt } from "@/lib/graph/time-index";
import { emptyYearMessage, graphElements, graphStylesheet, shownRelations } from "@/lib/canvas";
import type { Dataset } from "@/lib/schema";
import { sameSelection, viewContextOf, withDyad, yearShowingSelection, type Selection } from "@/lib/view-state";
import { analysisStylesheet } from "../analysis/analysis-encodings";
import { AnalysisArea } from "../analysis/AnalysisArea";
import { BalanceChart } from "../analysis/BalanceChart";
import { ExportMenu } from "../export-menu/ExportMenu";
import { Filters } from "../filters/Filters";
import { FilterController } from "../graph/controllers/FilterController";
import { LayoutController } from "../graph/controllers/LayoutController";
import { NeighbourhoodController } from "../graph/controllers/NeighbourhoodController";
import { SelectionController, type FocusRequest } from "../graph/controllers/SelectionController";
import { TooltipController } from "../graph/controllers/TooltipController";
import { YearController } from "../graph/controllers/YearController";
import { GraphCanvas } from "../graph/GraphCanvas";
import { GraphStage } from "../graph/GraphStage";
import { Legend } from "../legend/Legend";
import { DeferredRelationList } from "../relation-list/DeferredRelationList";
import { ActorSearch } from "../search/ActorSearch";
import { YearControl } from "../year-control/YearControl";
import styles from "./explorer.module.css";
import { Notices } from "./Notices";
import { SidePanel } from "./SidePanel";
import { useUrlViewState } from "./use-url-view-state";
import { type RelationFilters, relationPredicate } from "@/lib/filters";

/**
 * The main screen. The model is rebuilt here once from the serialisable dataset; the Cytoscape
 * instance gets every element once, and the controllers below turn the view state (year,
 * filters, selection, kept in the URL) into classes on it.
 */
export function Explorer({ dataset }: { dataset: Dataset }) {
  const model = useMemo(() => buildAllianceModel(dataset), [dataset]);
  const context = useMemo(() => viewContextOf(model), [model]);
  const elements = useMemo(() => graphElements(model), [model]);
  const stylesheet = useMemo(() => [...graphStylesheet(), ...analysisStylesheet()], []);
  const { state, notices, ready, update, dismissNotices } = useUrlViewState(context);
  const { year, selection, filters } = state;

  const [cy, setCy] = useState<Core | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [rearrangeRequest, setRearrangeRequest] = useState(0);
  const [fitRequest, setFitRequest] = useState(0);

  const passes = useMemo(() => relationPredicate(filters), [filters]);
  const presentRelationIds = useMemo(() => presentAt(model.relationIndex, year), [model, year]);
  const presentActorIds = useMemo(() => new Set(presentAt(model.actorIndex, year)), [model, year]);
  const shown = useMemo(() => shownRelations(model, presentRelationIds, passes), [model, presentRelationIds, passes]);

  const setYear = useCallback((next: number) => update({ ...state, year: next }, "replace"), [state, update]);
  const setFilters = useCallback((next: RelationFilters) => update({ ...state, filters: next }, "replace"), [state, update]);
  const select = useCallback(
    (next: Selection, preferredYear?: number) => {
      const nextYear = yearShowingSelection(context, next, preferredYear ?? year);
      if (sameSelection(next, selection) && nextYear === year) return;
      update({ ...state, selection: next, year: nextYear }, "push");
    },
    [context, selection, state, update, year],
  );
  const selectRelation = useCallback((id: string, inYear?: number) => select({ kind: "relation", id }, inYear), [select]);
  const selectActor = useCallback((id: string) => select({ kind: "actor", id }), [select]);
  const chooseFromSearch = useCallback(
    (id: string) => {
      selectActor(id);
      setFocus((previous) => ({ actorId: id, serial: (previous?.serial ?? 0) + 1 }));
    },
    [selectActor],
  );

  return (
    <div className={styles.explorer} data-ready={ready}>
      <Notices notices={notices} onDismiss={dismissNotices} />
      <aside className={styles.left} aria-label="Find and filter">
        <ActorSearch
          actors={dataset.actors}
          presentIds={presentActorIds}
          year={year}
          selectedActorId={selection?.kind === "actor" ? selection.id : null}
          onChoose={chooseFromSearch}
        />
        <Filters filters={filters} sources={dataset.sources} onChange={setFilters} />
        <Legend />
      </aside>
      <section className={styles.centre} aria-label="Map">
        <GraphStage
          year={year}
          shownRelations={shown.length}
          emptyMessage={emptyYearMessage(year, shown.length, presentRelationIds.length)}
          onFit={() => setFitRequest((n) => n + 1)}
          onRearrange={() => setRearrangeRequest((n) => n + 1)}
          tools={<ExportMenu cy={ready ? cy : null} model={model} view={state} />}
        >
          <GraphCanvas elements={elements} stylesheet={stylesheet} onCy={setCy} />
          <TooltipController cy={cy} model={model} />
        </GraphStage>
        <YearControl year={year} first={model.years.first} last={model.years.last} onYearChange={setYear} shownRelations={shown.length} shownActors={presentActorIds.size} />
        <BalanceChart model={model} year={year} onYearChange={setYear} />
        {/* Order matters: the layout runs on a fresh instance before the year hides anything,
            and the neighbourhood reads the classes the year and filters leave. */}
        <LayoutController cy={ready ? cy : null} rearrangeRequest={rearrangeRequest} fitRequest={fitRequest} />
        <YearController cy={ready ? cy : null} model={model} year={year} />
        <FilterController cy={ready ? cy : null} model={model} passes={passes} />
        <NeighbourhoodController cy={ready ? cy : null} selection={selection} year={year} passes={passes} />
        <SelectionController cy={ready ? cy : null} selection={selection} focus={focus} onSelect={select} />
      </section>
      <div className={styles.right}>
        <SidePanel model={model} selection={selection} year={year} onSelectRelation={selectRelation} onSelectActor={selectActor} onClose={() => select(null)} onCompareActors={(a, b) => update(withDyad(state, a, b), "push")} />
      </div>
      <div className={styles.list}>
        <AnalysisArea model={model} cy={ready ? cy : null} state={state} update={update} onSelectRelation={selectRelation} onSelectActor={selectActor} />
        <section aria-label="Relations shown">
          <DeferredRelationList model={model} relations={shown} year={year} selectedRelationId={selection?.kind === "relation" ? selection.id : null} onSelectRelation={selectRelation} />
        </section>
      </div>
    </div>
  );
}
