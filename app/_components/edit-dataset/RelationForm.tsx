"use client";

import { useMemo, useState } from "react";
import type { Edit } from "@/lib/edit";
import type { Relation } from "@/lib/schema";
import { speakersOf } from "@/lib/search";
import { yearOf } from "@/lib/vocabulary";
import { ActorPicker } from "./ActorPicker";
import { ClaimFields } from "./ClaimFields";
import { DateField } from "./DateField";
import { type ClaimDraft, claimDraftOf, claimOf, emptyClaim, kebabOf } from "./drafts";
import styles from "./edit-dataset.module.css";
import type { FormProps } from "./form-props";
import { RecordChooser } from "./RecordChooser";
import { TypePicker } from "./TypePicker";

type RelationDraft = Omit<Relation, "claims"> & { claims: ClaimDraft[] };

const draftOf = (relation: Relation): RelationDraft => ({ ...relation, claims: relation.claims.map(claimDraftOf) });
const newDraft = (source: string): RelationDraft => ({ id: "", source: "", target: "", type: "supports", start: "", end: "unknown", claims: [emptyClaim(source)] });

/** Add or edit a relation and its claims; saving applies it to the dataset at once, or lists what is wrong. */
export function RelationForm({ value, onEdit }: FormProps) {
  const { dataset, texts } = value;
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<RelationDraft>(() => newDraft(dataset.sources[0]?.id ?? ""));
  const speakers = useMemo(() => speakersOf(dataset.relations), [dataset.relations]);
  const nameOf = (id: string) => dataset.actors.find((actor) => actor.id === id)?.name ?? id;
  const set = (patch: Partial<RelationDraft>) => setDraft((previous) => ({ ...previous, ...patch }));
  const choose = (id: string | null) => {
    const relation = dataset.relations.find((candidate) => candidate.id === id);
    setEditing(relation === undefined ? null : relation.id);
    setDraft(relation === undefined ? newDraft(dataset.sources[0]?.id ?? "") : draftOf(relation));
  };
  const save = () => {
    const { claims, ...rest } = draft;
    const year = /^\d{4}/.test(draft.start) ? String(yearOf(draft.start)) : "";
    const id = draft.id.trim() === "" ? kebabOf(nameOf(draft.source), draft.type, nameOf(draft.target), year) : draft.id.trim();
    const relation: Relation = { ...rest, id, claims: claims.map(claimOf) };
    if (onEdit({ kind: "put-relation", relation, replaces: editing } satisfies Edit)) {
      setEditing(id);
      setDraft(draftOf(relation));
    }
  };
  const setClaim = (index: number, next: ClaimDraft) => set({ claims: draft.claims.map((claim, at) => (at === index ? next : claim)) });
  return (
    <form className={styles.form} onSubmit={(event) => (event.preventDefault(), save())} aria-label="Relation" data-testid="relation-form">
      <RecordChooser kind="relation" ids={dataset.relations.map((relation) => relation.id)} value={editing} onChange={choose} />
      <label>
        Id <input value={draft.id} onChange={(event) => set({ id: event.currentTarget.value })} placeholder="made from the actors, type and year" data-testid="relation-id" />
      </label>
      <ActorPicker label="Source" actors={dataset.actors} speakers={speakers} value={draft.source} onChange={(source) => set({ source })} testId="relation-source" />
      <ActorPicker label="Target" actors={dataset.actors} speakers={speakers} value={draft.target} onChange={(target) => set({ target })} testId="relation-target" />
      <TypePicker value={draft.type} onChange={(type) => set({ type })} sourceName={draft.source === "" ? "source" : nameOf(draft.source)} targetName={draft.target === "" ? "target" : nameOf(draft.target)} />
      <DateField label="Start" value={draft.start} words={[]} onChange={(start) => set({ start })} testId="relation-start" />
      <DateField label="End" value={draft.end} words={["ongoing", "unknown"]} onChange={(end) => set({ end })} testId="relation-end" />
      {draft.claims.map((claim, index) => (
        <ClaimFields key={index} index={index} draft={claim} onChange={(next) => setClaim(index, next)} onRemove={draft.claims.length > 1 ? () => set({ claims: draft.claims.filter((_, at) => at !== index) }) : null} sources={dataset.sources} texts={texts} actors={dataset.actors} speakers={speakers} />
      ))}
      <div className={styles.actions}>
        <button type="button" onClick={() => set({ claims: [...draft.claims, emptyClaim(draft.claims.at(-1)?.source ?? "")] })}>
          Add another claim
        </button>
        <button type="submit" data-testid="save-relation">
          {editing === null ? "Add relation" : "Save relation"}
        </button>
        {editing === null ? null : (
          <button type="button" onClick={() => onEdit({ kind: "remove-relation", id: editing }) && choose(null)}>
            Remove relation
          </button>
        )}
      </div>
    </form>
  );
}
