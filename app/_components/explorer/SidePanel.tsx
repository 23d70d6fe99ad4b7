"use client";

import { memo } from "react";
import type { AllianceModel } from "@/lib/graph";
import type { Selection } from "@/lib/view-state";
import { ActorPanel } from "../actor-panel/ActorPanel";
import { CitationPanel } from "../citation-panel/CitationPanel";
import styles from "./explorer.module.css";

interface SidePanelProps {
  model: AllianceModel;
  selection: Selection;
  year: number;
  onSelectRelation: (id: string, year?: number) => void;
  onSelectActor: (id: string) => void;
  onClose: () => void;
  /** Opens the dyad view for two actors (the actor panel's "Compare with…"). */
  onCompareActors?: (a: string, b: string) => void;
}

/** The right-hand panel: a relation's citations, an actor's story, or how to get either. */
export const SidePanel = memo(function SidePanel({ model, selection, year, onSelectRelation, onSelectActor, onClose, onCompareActors }: SidePanelProps) {
  if (selection === null) {
    return (
      <div className={styles.placeholder}>
        <h2>Every line has a source</h2>
        <p>Click a line on the map, or a row in the list below it, to read the quotes behind that relation.</p>
        <p>Click an actor, or find one on the left, to see all its relations over time.</p>
      </div>
    );
  }
  if (selection.kind === "relation") {
    return (
      <CitationPanel
        key={selection.id}
        model={model}
        relationId={selection.id}
        onSelectRelation={(id) => onSelectRelation(id)}
        onSelectActor={onSelectActor}
        onClose={onClose}
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
