"use client";

import { useState } from "react";
import type { Source } from "@/lib/schema";
import { safeExternalUrl } from "@/lib/view";
import { SOURCE_KINDS, type SourceKind } from "@/lib/vocabulary";
import { DateField } from "./DateField";
import { given, kebabOf } from "./drafts";
import styles from "./edit-dataset.module.css";
import type { FormProps } from "./form-props";
import { RecordChooser } from "./RecordChooser";

interface SourceDraft {
  id: string;
  title: string;
  outlet: string;
  author: string;
  date: string;
  approximate: boolean;
  url: string;
  kind: SourceKind;
  text: string;
}

const EMPTY: SourceDraft = { id: "", title: "", outlet: "", author: "", date: "", approximate: false, url: "", kind: "news-report", text: "" };

/** Add or edit a source and its full text (pasted), which every quote citing it is checked against. */
export function SourceForm({ value, onEdit }: FormProps) {
  const { sources } = value.dataset;
  const [editing, setEditing] = useState<Source | null>(null);
  const [draft, setDraft] = useState<SourceDraft>(EMPTY);
  const set = (patch: Partial<SourceDraft>) => setDraft((previous) => ({ ...previous, ...patch }));
  const choose = (id: string | null) => {
    const source = sources.find((candidate) => candidate.id === id) ?? null;
    setEditing(source);
    if (source === null) return setDraft(EMPTY);
    const { outlet = "", author = "", url = "", published } = source;
    setDraft({ ...source, outlet, author, url, date: published.date, approximate: published.approximate, text: value.texts[source.corpusFile] ?? "" });
  };
  const save = () => {
    const id = draft.id.trim() === "" ? kebabOf(draft.title).slice(0, 80) : draft.id.trim();
    const optional = { outlet: given(draft.outlet), author: given(draft.author), url: given(draft.url) };
    // Fields the form does not show (unknown, reportsOn, note) are kept as they were.
    const { outlet: _outlet, author: _author, url: _url, ...kept } = editing ?? { published: undefined };
    const source: Source = {
      ...kept,
      id,
      title: draft.title.trim(),
      published: { ...editing?.published, date: draft.date, approximate: draft.approximate },
      kind: draft.kind,
      corpusFile: editing?.corpusFile ?? `${id}.txt`,
      ...Object.fromEntries(Object.entries(optional).filter(([, text]) => text !== undefined)),
    };
    if (onEdit({ kind: "put-source", source, text: draft.text.trim() === "" ? null : draft.text, replaces: editing?.id ?? null })) choose(null);
  };
  const link = safeExternalUrl(draft.url);
  return (
    <form className={styles.form} onSubmit={(event) => (event.preventDefault(), save())} aria-label="Source" data-testid="source-form">
      <RecordChooser kind="source" ids={sources.map((source) => source.id)} value={editing?.id ?? null} onChange={choose} />
      <label className={styles.wide}>
        Title <input value={draft.title} onChange={(event) => set({ title: event.currentTarget.value })} data-testid="source-title" />
      </label>
      <label>
        Id <input value={draft.id} onChange={(event) => set({ id: event.currentTarget.value })} placeholder="made from the title" disabled={editing !== null} data-testid="source-id" />
      </label>
      <label>
        Outlet <input value={draft.outlet} onChange={(event) => set({ outlet: event.currentTarget.value })} />
      </label>
      <label>
        Author <input value={draft.author} onChange={(event) => set({ author: event.currentTarget.value })} />
      </label>
      <DateField label="Published" value={draft.date} words={[]} onChange={(date) => set({ date })} testId="source-published" />
      <label>
        <input type="checkbox" checked={draft.approximate} onChange={(event) => set({ approximate: event.currentTarget.checked })} /> the date is an estimate
      </label>
      <label className={styles.wide}>
        URL <input value={draft.url} onChange={(event) => set({ url: event.currentTarget.value })} placeholder="https://…" data-testid="source-url" />
      </label>
      {draft.url.trim() === "" ? null : link === null ? (
        <p className={styles.hint}>Not a plain http(s) URL: it would never be linked, and the validator refuses it.</p>
      ) : (
        <p className={styles.hint}>
          Links to{" "}
          <a href={link} target="_blank" rel="noopener noreferrer nofollow">
            {link}
          </a>
        </p>
      )}
      <label>
        Kind{" "}
        <select value={draft.kind} onChange={(event) => set({ kind: event.currentTarget.value as SourceKind })}>
          {SOURCE_KINDS.map((kind) => (
            <option key={kind}>{kind}</option>
          ))}
        </select>
      </label>
      <label className={styles.wide}>
        Full text (pasted; quotes are checked against it) <textarea rows={8} value={draft.text} onChange={(event) => set({ text: event.currentTarget.value })} data-testid="source-text" />
      </label>
      <div className={styles.actions}>
        <button type="submit" data-testid="save-source">
          {editing === null ? "Add source" : "Save source"}
        </button>
        {editing === null ? null : (
          <button type="button" onClick={() => onEdit({ kind: "remove-source", id: editing.id }) && choose(null)}>
            Remove source
          </button>
        )}
      </div>
    </form>
  );
}
