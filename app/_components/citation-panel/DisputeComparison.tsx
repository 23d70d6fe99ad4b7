import { useId } from "react";
import type { AllianceModel } from "@/lib/graph";
import type { DisputeView, ResolvedSide } from "@/lib/view";
import { NoteText } from "../panel/NoteText";
import { ClaimQuote } from "./ClaimQuote";
import styles from "./DisputeComparison.module.css";

/** A dispute's question with this relation's side and every other side in columns, side by side. */
export function DisputeComparison(props: { model: AllianceModel; view: DisputeView; onSelectRelation: (id: string) => void }) {
  const { model, view, onSelectRelation } = props;
  const currentId = view.own.description.relation.id;
  const headingId = useId();
  return (
    <section className={styles.dispute} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.question}>
        <NoteText model={model} text={view.dispute.question} />
      </h4>
      {view.dispute.note !== undefined ? <p className={styles.note}>
          <NoteText model={model} text={view.dispute.note} />
        </p> : null}
      <div className={styles.columns}>
        <SideColumn model={model} side={view.own} heading="This relation" currentId={currentId} onSelectRelation={onSelectRelation} />
        {view.others.map((side, index) => (
          <SideColumn key={`${side.side.relation}-${side.side.source ?? ""}-${index}`} model={model} side={side} heading="Other side" currentId={currentId} onSelectRelation={onSelectRelation} />
        ))}
      </div>
    </section>
  );
}

function SideColumn(props: { model: AllianceModel; side: ResolvedSide; heading: string; currentId: string; onSelectRelation: (id: string) => void }) {
  const { model, side, heading, currentId, onSelectRelation } = props;
  const relationId = side.description.relation.id;
  return (
    <div className={styles.side}>
      <p className={styles.sideHeading}>{heading}</p>
      <p className={styles.position}>
        <NoteText model={model} text={side.side.position} />
      </p>
      <p className={styles.relation}>{side.description.text}</p>
      {side.claims.length === 0 ? <p className={styles.note}>No claim from the pinned source.</p> : null}
      {side.claims.map((claim, index) => (
        <ClaimQuote key={`${claim.source}-${index}`} model={model} claim={claim} />
      ))}
      {relationId !== currentId ? (
        <button type="button" className={styles.select} onClick={() => onSelectRelation(relationId)} aria-label={`Show this relation: ${side.description.text}`}>
          Show this relation
        </button>
      ) : null}
    </div>
  );
}
