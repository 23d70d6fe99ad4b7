"use client";

import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from "react";
import type { AllianceModel } from "@/lib/graph";
import { describeRelationParts, disputeSummaries, distinctSourceCount, findRelation, groupClaimsBySource } from "@/lib/view";
import { DisputeLines } from "./DisputeLines";
import { ActorButton, RelationSummary } from "./RelationSummary";
import { SourceClaims } from "./SourceClaims";
import styles from "./CitationPanel.module.css";

export interface CitationPanelProps {
  model: AllianceModel;
  relationId: string;
  /** The map's year: the panel says when the relation is only continuing, unattested, in it. */
  year?: number;
  /** The map's month in month mode (1–12), else null: a year-precise bound is then said to be one. */
  month?: number | null;
  /** The map's query ("?year=2018&relation=…"), carried into links to a source's page so it can lead back. */
  mapQuery?: string;
  onSelectRelation: (id: string) => void;
  onSelectActor: (id: string) => void;
  onClose: () => void;
}

/** Why a relation is on the map: what it says, when it held, its claims source by source, and any dispute. */
export function CitationPanel(props: CitationPanelProps) {
  const { model, relationId, year, month = null, mapQuery = "", onSelectRelation, onSelectActor, onClose } = props;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move focus to the panel whenever it shows a new relation, so keyboard and screen-reader users land on it.
  useEffect(() => headingRef.current?.focus(), [relationId]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") onClose();
  };

  if (findRelation(model, relationId) === null) {
    return (
      <aside className={styles.panel} aria-labelledby={headingId} onKeyDown={onKeyDown}>
        <PanelHeader onClose={onClose}>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
            No relation “{relationId}”
          </h2>
        </PanelHeader>
        <p>This relation is not in the data. It may have been renamed or removed.</p>
      </aside>
    );
  }

  const description = describeRelationParts(model, relationId);
  const { relation, source, target, span } = description;
  const groups = groupClaimsBySource(relation.claims);
  const disputes = disputeSummaries(model, relationId);
  const claimCount = relation.claims.length === 1 ? "1 claim" : `${relation.claims.length} claims`;
  const sourceCount = distinctSourceCount(relation.claims);
  return (
    // Named by the plain sentence: named from the heading, the actor buttons would add a space before the comma.
    <aside className={styles.panel} aria-label={description.text} onKeyDown={onKeyDown}>
      <PanelHeader onClose={onClose}>
        <p className={styles.kicker}>Relation{disputes.length > 0 ? " · disputed" : ""}</p>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
          <ActorButton actor={source} onSelectActor={onSelectActor} /> {description.verb} <ActorButton actor={target} onSelectActor={onSelectActor} />,{" "}
          {span.yearLabel}
          {span.endUnknown ? " (end not stated)" : null}
        </h2>
      </PanelHeader>
      <RelationSummary model={model} description={description} at={year === undefined ? undefined : { year, month }} onSelectActor={onSelectActor} onSelectRelation={onSelectRelation} />

      <section aria-labelledby={`${headingId}-claims`}>
        <h3 id={`${headingId}-claims`} className={styles.subheading}>
          {claimCount} from {sourceCount === 1 ? "1 source" : `${sourceCount} sources`}
        </h3>
        {groups.map((group) => (
          <SourceClaims key={group.sourceId} model={model} relationId={relationId} group={group} mapQuery={mapQuery} />
        ))}
      </section>

      {disputes.length > 0 ? (
        <section aria-labelledby={`${headingId}-disputes`}>
          <h3 id={`${headingId}-disputes`} className={styles.subheading}>
            <span aria-hidden="true">⚠ </span>Disputed
          </h3>
          {disputes.map((summary) => (
            <DisputeLines key={summary.dispute.id} model={model} summary={summary} onSelectRelation={onSelectRelation} />
          ))}
        </section>
      ) : null}
    </aside>
  );
}

function PanelHeader(props: { onClose: () => void; children: ReactNode }) {
  return (
    <header className={styles.header}>
      <div className={styles.headingBlock}>{props.children}</div>
      <button type="button" className={styles.close} onClick={props.onClose} aria-label="Close relation panel">
        ×
      </button>
    </header>
  );
}
