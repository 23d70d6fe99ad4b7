"use client";

import type { AllianceModel } from "@/lib/graph";
import { describeRelationParts, relationDisputeIds, relationShortLabel, actorName } from "@/lib/view";
import styles from "./analysis.module.css";

/**
 * A relation in words ("Iran enemy Taliban 1996–2001 (disputed)"), as a button that opens its
 * citation panel: every analysis entry is one click from its sources.
 */
export function RelationButton({ model, relationId, onSelect }: { model: AllianceModel; relationId: string; onSelect: (id: string) => void }) {
  const description = describeRelationParts(model, relationId);
  const disputed = relationDisputeIds(model, relationId).length > 0;
  return (
    <button type="button" className={`link-button ${styles.linkButton}`} onClick={() => onSelect(relationId)} data-relation-id={relationId} title="Show the sources of this relation">
      {disputed ? <span aria-hidden="true">⚠ </span> : null}
      {relationShortLabel(description, disputed)}
    </button>
  );
}

/** "Iran – Taliban": an actor pair's names. */
export function pairName(model: AllianceModel, actors: readonly string[]): string {
  return actors.map((id) => actorName(model, id)).join(" – ");
}

/** Several relations as buttons, separated by semicolons. */
export function RelationButtons({ model, ids, onSelect }: { model: AllianceModel; ids: readonly string[]; onSelect: (id: string) => void }) {
  return (
    <>
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 ? "; " : null}
          <RelationButton model={model} relationId={id} onSelect={onSelect} />
        </span>
      ))}
    </>
  );
}
