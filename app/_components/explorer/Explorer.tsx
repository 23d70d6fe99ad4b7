"use client";

import type { Core } from "cytoscape";
import { memo, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from "react";
import { canvasStylesheet, describeCanvas, graphElements, isolatedActors } from "@/lib/canvas";
import type { RelationFilters } from "@/lib/filters";
import type { FirstView } from "@/lib/first-view";
import { buildAllianceModel } from "@/lib/graph";
import { arrangedPlace, isArranged, NO_ARRANGEMENT, type YearPlaces } from "@/lib/layout";
import type { Dataset } from "@/lib/schema";
import { speakersOf } from "@/lib/search";
import { snapshotOf } from "@/lib/snapshot";
import { type Moment, momentLabel, spanContains } from "@/lib/time";
import { emptyYearMessage } from "@/lib/view";
import { nearestYearInSpans, sameSelection, type Selection, serializeViewState, viewContextOf, withAllActors, withDyad, monthShowingSelection, withDatasetParam, withMoment, withSeparateLines, yearShowingSelection } from "@/lib/view-state";
import { AnalysisArea } from "../analysis/AnalysisArea";
import { BalanceChart } from "../analysis/BalanceChart";
import { useAnalysisMarks } from "../analysis/use-analysis-marks";
import { ExportMenu } from "../export-menu/ExportMenu";
import { Filters } from "../filters/Filters";
import { CanvasSync } from "../graph/CanvasSync";
import { recordComplete } from "../graph/perf";
import { layoutFreshCanvas, ViewportController, type ZoomRequest } from "../graph/controllers/LayoutController";
import { useEscapeKey } from "./use-escape-key";
import { type FocusRequest, SelectionController } from "../graph/controllers/SelectionController";
import { TooltipController } from "../graph/controllers/TooltipController";
import { YearPlacesController } from "../graph/controllers/YearPlacesController";
import { DragController } from "../graph/controllers/DragController";
import { useArrangement } from "../graph/use-arrangement";
import { GraphCanvas } from "../graph/GraphCanvas";
import { GraphStage } from "../graph/GraphStage";
import { Legend } from "../legend/Legend";
import { DeferredRelationList } from "../relation-list/DeferredRelationList";
import { ActorSearch } from "../search/ActorSearch";
import { YearControl } from "../year-control/YearControl";
import styles from "./explorer.module.css";
import { useNeighbourYears } from "./use-neighbour-years";
import { Notices } from "./Notices";
import { SidePanel } from "./SidePanel";
import { useUrlViewState } from "./use-url-view-state";

const StableActorSearch = memo(ActorSearch);

interface ExplorerProps {
  dataset: Dataset;
  initialQuery: string;
  places: YearPlaces | null;
  /** Set while `dataset` is a big served dataset's first view (one year): the whole's span and size. */
  whole?: FirstView["whole"] | null;
}

/**
 * The main screen, a function of the dataset and the URL: the URL's state gives one snapshot (the
 * year and its filters), which the counts, the table and the panels read, and one description
 * of the canvas, which CanvasSync applies to the one Cytoscape instance by its difference.
 */
export function Explorer({ dataset, initialQuery, places, whole = null }: ExplorerProps) {
  // A first view is read in its whole's frame (years, actors' years); when the whole arrives the model is rebuilt on it
  // and the canvas carries on (CanvasSync applies the difference, none for the year drawn).
  const model = useMemo(() => buildAllianceModel(dataset, whole), [dataset, whole]);
  const context = useMemo(() => viewContextOf(model), [model]);
  const elements = useMemo(() => graphElements(model), [model]);
  const stylesheet = useMemo(() => canvasStylesheet(), []);
  const previewing = whole !== null;
  const { state, notices, ready, update, dismissNotices } = useUrlViewState(context, initialQuery, whole?.year ?? null);
  const { year, selection, filters } = state;
  const month = state.month ?? null;

  const [cy, setCy] = useState<Core | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [rearrangeRequest, setRearrangeRequest] = useState(0);
  const [fitRequest, setFitRequest] = useState(0);
  const [zoomRequest, setZoomRequest] = useState<ZoomRequest | null>(null);
  const requestFit = useCallback(() => setFitRequest((n) => n + 1), []);
  const requestRearrange = useCallback(() => setRearrangeRequest((n) => n + 1), []);
  const requestZoom = useCallback((factor: number) => setZoomRequest((previous) => ({ factor, serial: (previous?.serial ?? 0) + 1 })), []);

  const actorIds = useMemo(() => dataset.actors.map((actor) => actor.id), [dataset.actors]);
  useLayoutEffect(() => {
    if (!previewing) recordComplete();
  }, [previewing]);
  const store = useArrangement(actorIds);
  const { place, reset } = store;
  // Kept only where the server sends each year's places (past that size one layout serves every year).
  const arranged = places === null ? NO_ARRANGEMENT : store.arrangement;
  const placeActors = useCallback((inYear: number, placed: Record<string, [number, number]>) => (places === null ? undefined : place(inYear, placed)), [places, place]);
  const placeShown = useCallback((placed: Record<string, [number, number]>) => placeActors(latestState.current.year, placed), [placeActors]);
  const resetLayout = useCallback(() => reset(latestState.current.year), [reset]);
  const snapshot = useMemo(() => snapshotOf(model, { year, month, filters }), [model, year, month, filters]);
  const marks = useAnalysisMarks(model, state);
  const allActors = state.allActors === true;
  const separateLines = state.separateLines === true;
  const canvasState = useMemo(
    () => ({ year, month, filters, selection, comparison: marks.comparison, triad: marks.triad, blocs: marks.blocs, allActors, separateLines }),
    [year, month, filters, selection, marks.comparison, marks.triad, marks.blocs, allActors, separateLines],
  );
  const description = useMemo(() => describeCanvas(model, canvasState), [model, canvasState]);
  useNeighbourYears(model, canvasState);
  // The same view in another year: what a big canvas readies for the next step (idle-tidy.ts).
  const describeYear = useCallback((year: number) => describeCanvas(model, { ...canvasState, year }), [model, canvasState]);
  const hiddenActors = allActors ? 0 : isolatedActors(model, year, filters, selection, month).length;
  // A year step renders the slider, the counts, the map's description and the analyses (whose
  // controls must answer at once) now; the panels, search marks and export menu follow a moment
  // later, from this deferred copy.
  const later = useDeferredValue(state);
  const isOnMap = useCallback((actorId: string) => model.graph.hasNode(actorId) && spanContains(model.graph.getNodeAttribute(actorId, "years"), later.year), [model, later.year]);

  // Read through a ref, so every handler below stays one function and the memoised parts skip
  // the year step's re-render.
  const latestState = useRef(state);
  useLayoutEffect(() => {
    latestState.current = state;
  });
  const setYear = useCallback((next: number) => update({ ...latestState.current, year: next }, "replace"), [update]);
  const setMoment = useCallback((next: Moment) => update(withMoment(latestState.current, next), "replace"), [update]);
  const moment = useMemo(() => ({ year, month }), [year, month]);
  const setFilters = useCallback((next: RelationFilters) => update({ ...latestState.current, filters: next }, "replace"), [update]);
  const setAllActors = useCallback((on: boolean) => update(withAllActors(latestState.current, on), "replace"), [update]);
  const setSeparateLines = useCallback((on: boolean) => update(withSeparateLines(latestState.current, on), "replace"), [update]);
  const compareActors = useCallback((a: string, b: string) => update(withDyad(latestState.current, a, b), "push"), [update]);
  const sidebarTools = useMemo(
    () => (
      <>
        <Filters filters={filters} sources={dataset.sources} onChange={setFilters} />
        <Legend />
      </>
    ),
    [filters, dataset.sources, setFilters],
  );
  const select = useCallback(
    (next: Selection, preferredYear?: number) => {
      const current = latestState.current;
      const nextYear = yearShowingSelection(context, next, preferredYear ?? current.year);
      const nextMonth = current.month === undefined ? undefined : monthShowingSelection(context, next, nextYear, current.month);
      if (sameSelection(next, current.selection) && nextYear === current.year && nextMonth === current.month) return;
      update({ ...current, selection: next, year: nextYear, ...(nextMonth === undefined ? {} : { month: nextMonth }) }, "push");
    },
    [context, update],
  );
  const closePanel = useCallback(() => select(null), [select]);
  // Escape closes the open panel, wherever the focus is (but not while typing in a field).
  useEscapeKey(selection !== null, closePanel);
  const selectRelation = useCallback((id: string, inYear?: number) => select({ kind: "relation", id }, inYear), [select]);
  const selectActor = useCallback((id: string) => select({ kind: "actor", id }), [select]);
  // Search finds actors the year does not show: the map moves to the nearest year with their relations.
  const chooseFromSearch = useCallback(
    (id: string) => {
      select({ kind: "actor", id }, nearestYearInSpans(context.actorRelationSpans(id), latestState.current.year) ?? undefined);
      setFocus((previous) => ({ actorId: id, serial: (previous?.serial ?? 0) + 1 }));
    },
    [context, select],
  );
  const speakers = useMemo(() => speakersOf(dataset.relations), [dataset.relations]);
  // Carries `dataset=local`, so a source's page and its way back stay on the dataset opened here.
  const mapQuery = useMemo(() => withDatasetParam(serializeViewState(later), initialQuery), [later, initialQuery]);
  // The reader's arrangement is read before the canvas is handed out, so a reload opens on it.
  const canvasCy = ready && store.loaded ? cy : null;
  const prepare = useCallback((fresh: Core) => layoutFreshCanvas(fresh, places !== null), [places]);
  // An actor entering the canvas in a year enters at that year's place (the reader's, or the layout's).
  // Looked up per entering actor: a step that adds none copies nothing.
  const placeIn = useCallback(
    (inYear: number) => (actorId: string) => {
      const place = places === null ? undefined : arrangedPlace(places, arranged, inYear, actorId);
      return place === undefined ? undefined : { x: place[0], y: place[1] };
    },
    [places, arranged],
  );
  const exportMenu = useMemo(() => (previewing ? null : <ExportMenu cy={canvasCy} model={model} view={later} />), [previewing, canvasCy, model, later]);
  const canvas = useMemo(
    () => (
      <>
        <GraphCanvas size={elements.length} stylesheet={stylesheet} onCy={setCy} />
        <TooltipController cy={cy} model={model} />
      </>
    ),
    [elements, stylesheet, cy, model],
  );

  return (
    <div className={styles.explorer} data-ready={ready && !previewing}>
      <Notices notices={notices} onDismiss={dismissNotices} />
      <aside className={styles.left} aria-label="Find and filter" inert={previewing}>
        <StableActorSearch
          actors={dataset.actors}
          speakers={speakers}
          isOnMap={isOnMap}
          selectedActorId={later.selection?.kind === "actor" ? later.selection.id : null}
          onChoose={chooseFromSearch}
        />
        {sidebarTools}
      </aside>
      <section className={styles.centre} aria-label="Map">
        {whole === null ? null : (
          <p className={styles.firstView} role="status" data-testid="first-view-status">
            Showing {year}; loading the other years of {whole.relations.toLocaleString("en")} relations ({whole.years.first}–{whole.years.last}). Search, filters, the slider, analyses and exports follow in a moment.
          </p>
        )}
        <GraphStage
          year={year}
          shownRelations={snapshot.relationIds.length}
          emptyMessage={emptyYearMessage(momentLabel(moment), snapshot.relationIds.length, snapshot.presentRelationIds.length)}
          onFit={requestFit}
          onZoom={requestZoom}
          onRearrange={requestRearrange}
          onResetLayout={places === null ? undefined : resetLayout}
          arranged={isArranged(arranged, year)}
          lines={{ separate: separateLines || marks.comparison !== null, forced: marks.comparison !== null, onChange: setSeparateLines }}
          tools={exportMenu}
        >
          {canvas}
        </GraphStage>
        <div inert={previewing} className={styles.timeControls}>
        <YearControl at={moment} first={model.years.first} last={model.years.last} onChange={setMoment} shownRelations={snapshot.relationIds.length} shownActors={snapshot.actorIds.length - hiddenActors} hiddenActors={hiddenActors} allActors={allActors} onAllActorsChange={setAllActors} />
        {previewing ? null : <BalanceChart model={model} year={later.year} options={marks.options} onYearChange={setYear} />}
        </div>
        <CanvasSync cy={canvasCy} model={model} elements={elements} description={description} prepare={prepare} layOutAll={places === null} placeIn={placeIn} describeYear={describeYear} />
        <YearPlacesController cy={canvasCy} places={places} arrangement={arranged} year={year} />
        <ViewportController cy={canvasCy} rearrangeRequest={rearrangeRequest} fitRequest={fitRequest} zoomRequest={zoomRequest} onArranged={placeShown} />
        <DragController cy={canvasCy} year={year} onPlaced={placeActors} />
        <SelectionController cy={canvasCy} selection={selection} focus={focus} onSelect={select} />
      </section>
      <div className={styles.right}>
        <SidePanel model={model} selection={later.selection} year={later.year} month={later.month ?? null} filters={later.filters} onSelectRelation={selectRelation} onSelectActor={selectActor} mapQuery={mapQuery} onClose={closePanel} onCompareActors={compareActors} loading={previewing} />
      </div>
      <div className={styles.list}>
        {previewing ? null : <AnalysisArea model={model} marks={marks} state={state} update={update} onSelectRelation={selectRelation} onSelectActor={selectActor} />}
        <section aria-label="Relations shown">
          <DeferredRelationList model={model} snapshot={snapshot} year={year} month={month} selectedRelationId={selection?.kind === "relation" ? selection.id : null} onSelectRelation={selectRelation} />
        </section>
      </div>
    </div>
  );
}
