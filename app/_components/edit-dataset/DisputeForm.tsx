"use client";

import { useState } from "react";
import type { Dispute, DisputeSide } from "@/lib/schema";
import { given, kebabOf } from "./drafts";
import styles from "./edit-dataset.module.css";
import type { FormProps } from "./form-props";
import { RecordChooser } from "./RecordChooser";

interface SideDraft {
  relation: string;
  source: string;
  position: string;
}

const EMPTY_SIDE: SideDraft = { relation: "", source: "", position: "" };
const EMPTY: { id: string; question: string; sides: SideDraft[] } = { id: "", question: "", sides: [EMPTY_SIDE, EMPTY_SIDE] };

/**
 * Link claims that contradict each other: each side names a relation and, when it has several
 * claims, the source of the disputing one. Both claims stay in the dataset.
 */
export function DisputeForm({ value, onEdit }: FormProps) {
  const { disputes, relations, sources } = value.dataset;
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState(EMPTY);
  const choose = (id: string | null) => {
    const dispute = disputes.find((candidate) => candidate.id === id);
    setEditing(dispute?.id ?? null);
    setDraft(dispute === undefined ? EMPTY : { id: dispute.id, question: dispute.question, sides: dispute.sides.map((side) => ({ relation: side.relation, source: side.source ?? "", position: side.position })) });
  };
  const setSide = (index: number, patch: Partial<SideDraft>) => setDraft((previous) => ({ ...previous, sides: previous.sides.map((side, at) => (at === index ? { ...side, ...patch } : side)) }));
  const save = () => {
    const old = disputes.find((candidate) => candidate.id === editing);
    // A side's pinning quote and the dispute's note are not on the form: they are kept as they were.
    const sides = draft.sides.map((side, index): DisputeSide => {
      const source = given(side.source);
      const quote = old?.sides[index]?.quote;
      return { relation: side.relation, position: side.position.trim(), ...(source === undefined ? {} : { source }), ...(quote === undefined ? {} : { quote }) };
    });
    const dispute: Dispute = { id: draft.id.trim() === "" ? kebabOf(draft.question).slice(0, 80) : draft.id.trim(), question: draft.question.trim(), sides, ...(old?.note === undefined ? {} : { note: old.note }) };
    if (onEdit({ kind: "put-dispute", dispute, replaces: editing })) choose(null);
  };
  return (
    <form className={styles.form} onSubmit={(event) => (event.preventDefault(), save())} aria-label="Dispute" data-testid="dispute-form">
      <RecordChooser kind="dispute" ids={disputes.map((dispute) => dispute.id)} value={editing} onChange={choose} />
      <label className={styles.wide}>
        Question <input value={draft.question} onChange={(event) => setDraft({ ...draft, question: event.currentTarget.value })} placeholder="Did Iran help the US in 2001?" />
      </label>
      {draft.sides.map((side, index) => (
        <fieldset key={index} className={styles.claim}>
          <legend>Side {index + 1}</legend>
          <label>
            Relation{" "}
            <select value={side.relation} onChange={(event) => setSide(index, { relation: event.currentTarget.value })}>
              <option value="">choose a relation</option>
              {relations.map((relation) => (
                <option key={relation.id}>{relation.id}</option>
              ))}
            </select>
          </label>
          <label>
            Its claim from{" "}
            <select value={side.source} onChange={(event) => setSide(index, { source: event.currentTarget.value })}>
              <option value="">any source (one claim)</option>
              {sources.map((source) => (
                <option key={source.id} value={source.id}>
                  {source.title}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.wide}>
            Position <input value={side.position} onChange={(event) => setSide(index, { position: event.currentTarget.value })} placeholder="what this side holds" />
          </label>
        </fieldset>
      ))}
      <div className={styles.actions}>
        <button type="button" onClick={() => setDraft({ ...draft, sides: [...draft.sides, EMPTY_SIDE] })}>
          Add a side
        </button>
        <button type="submit">{editing === null ? "Add dispute" : "Save dispute"}</button>
        {editing === null ? null : (
          <button type="button" onClick={() => onEdit({ kind: "remove-dispute", id: editing }) && choose(null)}>
            Remove dispute
          </button>
        )}
      </div>
    </form>
  );
}
