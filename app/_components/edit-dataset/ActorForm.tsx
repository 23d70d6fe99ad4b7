"use client";

import { useMemo, useState } from "react";
import type { Actor } from "@/lib/schema";
import { speakersOf } from "@/lib/search";
import { ACTOR_KINDS, type ActorKind } from "@/lib/vocabulary";
import { ActorPicker } from "./ActorPicker";
import { DateField } from "./DateField";
import { given, kebabOf, listOf } from "./drafts";
import styles from "./edit-dataset.module.css";
import type { FormProps } from "./form-props";
import { RecordChooser } from "./RecordChooser";

interface ActorDraft {
  id: string;
  name: string;
  aliases: string;
  kind: ActorKind;
  description: string;
  start: string;
  end: string;
  parent: string;
  predecessor: string;
}

const EMPTY: ActorDraft = { id: "", name: "", aliases: "", kind: "state", description: "", start: "unknown", end: "unknown", parent: "", predecessor: "" };
const draftOf = (actor: Actor): ActorDraft => ({
  ...EMPTY,
  ...actor,
  aliases: actor.aliases.join("; "),
  start: actor.lifespan?.start ?? "unknown",
  end: actor.lifespan?.end ?? "unknown",
  parent: actor.parent ?? "",
  predecessor: actor.predecessor ?? "",
});

function actorOf(draft: ActorDraft): Actor {
  const optional = { parent: given(draft.parent), predecessor: given(draft.predecessor) };
  const lifespan = draft.start === "unknown" && draft.end === "unknown" ? undefined : { start: draft.start, end: draft.end };
  return {
    id: draft.id.trim() === "" ? kebabOf(draft.name) : draft.id.trim(),
    name: draft.name.trim(),
    aliases: listOf(draft.aliases),
    kind: draft.kind,
    description: draft.description.trim(),
    ...(lifespan === undefined ? {} : { lifespan }),
    ...Object.fromEntries(Object.entries(optional).filter(([, id]) => id !== undefined)),
  };
}

/** Add or edit an actor: name, aliases, kind, one-line description, lifespan, parent and predecessor. */
export function ActorForm({ value, onEdit }: FormProps) {
  const { actors, relations } = value.dataset;
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<ActorDraft>(EMPTY);
  const speakers = useMemo(() => speakersOf(relations), [relations]);
  const set = (patch: Partial<ActorDraft>) => setDraft((previous) => ({ ...previous, ...patch }));
  const choose = (id: string | null) => {
    const actor = actors.find((candidate) => candidate.id === id);
    setEditing(actor?.id ?? null);
    setDraft(actor === undefined ? EMPTY : draftOf(actor));
  };
  const save = () => {
    const actor = actorOf(draft);
    if (onEdit({ kind: "put-actor", actor, replaces: editing })) choose(null);
  };
  return (
    <form className={styles.form} onSubmit={(event) => (event.preventDefault(), save())} aria-label="Actor" data-testid="actor-form">
      <RecordChooser kind="actor" ids={actors.map((actor) => actor.id)} value={editing} onChange={choose} labelOf={(id) => actors.find((actor) => actor.id === id)?.name ?? id} />
      <label>
        Name <input value={draft.name} onChange={(event) => set({ name: event.currentTarget.value })} data-testid="actor-name" />
      </label>
      <label>
        Id <input value={draft.id} onChange={(event) => set({ id: event.currentTarget.value })} placeholder="made from the name" disabled={editing !== null} data-testid="actor-id" />
      </label>
      <label>
        Aliases <input value={draft.aliases} onChange={(event) => set({ aliases: event.currentTarget.value })} placeholder="Tehran; Islamic Republic" />
      </label>
      <label>
        Kind{" "}
        <select value={draft.kind} onChange={(event) => set({ kind: event.currentTarget.value as ActorKind })} data-testid="actor-kind">
          {ACTOR_KINDS.map((kind) => (
            <option key={kind}>{kind}</option>
          ))}
        </select>
      </label>
      <label className={styles.wide}>
        Description <input value={draft.description} onChange={(event) => set({ description: event.currentTarget.value })} placeholder="one line saying who this is" data-testid="actor-description" />
      </label>
      <DateField label="Exists from" value={draft.start} words={["unknown"]} onChange={(start) => set({ start })} testId="actor-start" />
      <DateField label="Until" value={draft.end} words={["ongoing", "unknown"]} onChange={(end) => set({ end })} testId="actor-end" />
      <ActorPicker label="Part of (coalition)" actors={actors} speakers={speakers} value={draft.parent} onChange={(parent) => set({ parent })} testId="actor-parent" optional />
      <ActorPicker label="Continues" actors={actors} speakers={speakers} value={draft.predecessor} onChange={(predecessor) => set({ predecessor })} testId="actor-predecessor" optional />
      <div className={styles.actions}>
        <button type="submit" data-testid="save-actor">
          {editing === null ? "Add actor" : "Save actor"}
        </button>
        {editing === null ? null : (
          <button type="button" onClick={() => onEdit({ kind: "remove-actor", id: editing }) && choose(null)}>
            Remove actor
          </button>
        )}
      </div>
    </form>
  );
}
