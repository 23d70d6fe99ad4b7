"use client";

import { lazy, memo, Suspense } from "react";
import type { RelationFilters } from "@/lib/filters";
import type { AllianceModel } from "@/lib/graph";
import type { Selection } from "@/lib/view-state";
import { ActorPanel } from "../actor-panel/ActorPanel";
import { PairPanel } from "../pair-panel/PairPanel";
import styles from "./explorer.module.css";
import { PanelSkeleton } from "./PanelSkeleton";

// Loaded on the first relation opened: no first paint shows it (a deep link's selection is applied
// after mount), and the main page's first-load JavaScript has no room to spare.
const CitationPanel = lazy(() => import("../citation-panel/CitationPanel").then((module) => ({ default: module.CitationPanel })));

interface SidePanelProps {
  model: AllianceModel;
  selection: Selection;
  year: number;
  /** The map's month in month mode, else null. */
  month: number | null;
  /** The map's filters: a pair panel lists what the map shows. */
  filters: RelationFilters;
  /** The map's query string, carried into links to a source's page so it can lead back. */
  mapQuery: string;
  onSelectRelation: (id: string, year?: number) => void;
  onSelectActor: (id: string) => void;
  onClose: () => void;
  /** Opens the dyad view for two actors (the actor panel's "Compare with…"). */
  onCompareActors?: (a: string, b: string) => void;
  /** A big dataset's other years are still loading: a selection gets the panel's skeleton. */
  loading?: boolean;
}

/** The right-hand panel: a relation's citations, a pair's relations, an actor's story, or how to get them. */
export const SidePanel = memo(function SidePanel({ model, selection, year, month, filters, mapQuery, onSelectRelation, onSelectActor, onClose, onCompareActors, loading = false }: SidePanelProps) {
  if (selection === null) {
    return (
      <div className={styles.placeholder}>
        <h2>Every line has a source</h2>
        <p>Click a line on the map, or a row in the list below it, to read the quotes behind that relation. A line with a number stands for that many relations between two actors: click it to list them.</p>
        <p>Click an actor, or find one on the left, to see all its relations over time.</p>
      </div>
    );
  }
  if (loading) return <PanelSkeleton />;
  if (selection.kind === "relation") {
    return (
      <Suspense fallback={<p className={styles.placeholder} role="status">Loading the relation’s sources…</p>}>
        <CitationPanel
          key={selection.id}
          model={model}
          relationId={selection.id}
          year={year}
          month={month}
          mapQuery={mapQuery}
          onSelectRelation={(id) => onSelectRelation(id)}
          onSelectActor={onSelectActor}
          onClose={onClose}
        />
      </Suspense>
    );
  }
  if (selection.kind === "pair") {
    return (
      <PairPanel
        key={selection.id}
        model={model}
        pairKey={selection.id}
        year={year}
        month={month}
        filters={filters}
        onSelectRelation={(id) => onSelectRelation(id)}
        onSelectActor={onSelectActor}
        onClose={onClose}
        onCompareActors={onCompareActors}
      />
    );
  }
  return (
    <ActorPanel
      key={selection.id}
      model={model}
      actorId={selection.id}
      year={year}
      onSelectRelation={(id, inYear) => onSelectRelation(id, inYear)}
      onSelectActor={onSelectActor}
      onClose={onClose}
      onCompareWith={onCompareActors}
    />
  );
});
