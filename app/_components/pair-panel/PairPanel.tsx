"use client";

import { type KeyboardEvent, useEffect, useId, useRef } from "react";
import type { RelationFilters } from "@/lib/filters";
import type { AllianceModel } from "@/lib/graph";
import { PAIR_ENCODINGS } from "@/lib/canvas";
import { pairView } from "@/lib/view";
import { EdgeSwatch } from "../legend/Swatches";
import frame from "../panel/panel.module.css";
import own from "./PairPanel.module.css";

const styles = { ...frame, ...own };

export interface PairPanelProps {
  model: AllianceModel;
  pairKey: string;
  year: number;
  /** The month shown in month mode, else null. */
  month: number | null;
  filters: RelationFilters;
  onSelectRelation: (id: string) => void;
  onSelectActor: (id: string) => void;
  onClose: () => void;
  /** Opens the dyad view: the pair's whole history. */
  onCompareActors?: (a: string, b: string) => void;
}

/** One pair line opened: the pair's relations in the year, each one click from its quotes. */
export function PairPanel({ model, pairKey, year, month, filters, onSelectRelation, onSelectActor, onClose, onCompareActors }: PairPanelProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [pairKey]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") onClose();
  };
  const view = pairView(model, pairKey, year, filters, month);
  const close = (
    <button type="button" className={styles.close} onClick={onClose} aria-label="Close pair panel">
      ×
    </button>
  );
  if (view === null) {
    return (
      <aside className={styles.panel} aria-labelledby={headingId} onKeyDown={onKeyDown}>
        <header className={styles.header}>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
            No such pair
          </h2>
          {close}
        </header>
      </aside>
    );
  }
  const [a, b] = view.actors;
  const count = view.rows.length;
  return (
    <aside className={styles.panel} aria-labelledby={headingId} onKeyDown={onKeyDown} data-testid="pair-panel" data-pair={view.key}>
      <header className={styles.header}>
        <div className={styles.headingBlock}>
          <p className={styles.kicker}>Pair · {view.when}</p>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
            <button type="button" className={styles.actorButton} onClick={() => onSelectActor(a.id)}>
              {a.name}
            </button>{" "}
            and{" "}
            <button type="button" className={styles.actorButton} onClick={() => onSelectActor(b.id)}>
              {b.name}
            </button>
          </h2>
        </div>
        {close}
      </header>
      <p className={styles.summary}>
        {count === 0 ? `No relation between them is shown in ${view.when}.` : `${count === 1 ? "1 relation" : `${count} relations`} in ${view.when}`}
        {view.tone === null || count === 0 ? null : `: ${PAIR_ENCODINGS[view.tone].label.toLowerCase()}.`}
        {view.filteredOut > 0 ? ` ${view.filteredOut} more hidden by the filters.` : null}
      </p>
      <ul className={styles.rows}>
        {view.rows.map((row) => (
          <li key={row.id}>
            <button type="button" className={styles.row} onClick={() => onSelectRelation(row.id)} aria-label={`Read the sources: ${row.description.text}`}>
              <EdgeSwatch type={row.description.relation.type} disputed={row.disputed} />
              <span className={styles.rowText}>
                <span>{row.description.text}</span>
                <span className={styles.rowMeta}>
                  {row.sourceCount === 1 ? "1 source" : `${row.sourceCount} sources`}
                  {row.disputed ? " · ⚠ disputed" : null}
                  {view.unattested.has(row.id) ? " · not attested then (continuing)" : null}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {onCompareActors === undefined ? null : (
        <button type="button" className={styles.history} onClick={() => onCompareActors(a.id, b.id)}>
          Their whole history{view.otherRelations > 0 ? ` (${view.otherRelations} more in other years)` : ""} →
        </button>
      )}
    </aside>
  );
}
