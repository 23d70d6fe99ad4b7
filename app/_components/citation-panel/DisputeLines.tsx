import { useId } from "react";
import { findSource, type DisputeSummary } from "@/lib/view";
import type { AllianceModel } from "@/lib/graph";
import styles from "./DisputeLines.module.css";
import { NoteText } from "../panel/NoteText";

/** A dispute as its question and one line per side: this relation's marked, every other one a click away. */
export function DisputeLines(props: { model: AllianceModel; summary: DisputeSummary; onSelectRelation: (id: string) => void }) {
  const { model, summary, onSelectRelation } = props;
  const headingId = useId();
  const pinnedTwice = summary.lines.filter((line) => line.isThisRelation).length > 1;
  return (
    <section className={styles.dispute} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.question}>
        <NoteText model={model} text={summary.dispute.question} />
      </h4>
      <ul className={styles.lines}>
        {summary.lines.map((line, index) => {
          // Which source a side of this relation rests on says which claim group above it is; another side's is a click away.
          const from = line.sourceId === null || !line.isThisRelation || !pinnedTwice ? null : (findSource(model, line.sourceId)?.title ?? line.sourceId);
          return (
            <li key={`${line.relationId}-${line.sourceId ?? ""}-${index}`} className={line.isThisRelation ? styles.own : styles.other} data-this-relation={line.isThisRelation}>
              {line.isThisRelation ? (
                <>
                  <span className={styles.badge}>This relation</span> <span className={styles.position}><NoteText model={model} text={line.position} /></span>
                </>
              ) : (
                <button type="button" className={styles.select} onClick={() => onSelectRelation(line.relationId)} aria-label={`Show this relation: ${line.relationText}`}>
                  <span className={styles.position}><NoteText model={model} text={line.position} /></span>
                  <span className={styles.relation}> — {line.relationText} →</span>
                </button>
              )}
              {from !== null ? <span className={styles.from}> (in {from})</span> : null}
            </li>
          );
        })}
      </ul>
      {summary.dispute.note !== undefined ? (
        <details className={styles.noteBlock}>
          <summary>About this dispute</summary>
          <p className={styles.note}><NoteText model={model} text={summary.dispute.note} /></p>
        </details>
      ) : null}
    </section>
  );
}
