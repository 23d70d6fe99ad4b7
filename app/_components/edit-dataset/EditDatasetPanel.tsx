"use client";

import { useState } from "react";
import { applyEdit, dataFilesOf, describeEdit, type Edit, type EditableDataset, formatProblem, historyOf, type Problem, pushed, redone, snapshotTextOf, undone, zipFiles } from "@/lib/edit";
import type { LocalDataset } from "../open-dataset/local-dataset";
import { ActorForm } from "./ActorForm";
import { DisputeForm } from "./DisputeForm";
import { kebabOf } from "./drafts";
import styles from "./edit-dataset.module.css";
import { EditToolbar } from "./EditToolbar";
import { RelationForm } from "./RelationForm";
import { saveFile } from "./save-file";
import { SourceForm } from "./SourceForm";

const FORMS = { relation: RelationForm, actor: ActorForm, source: SourceForm, dispute: DisputeForm } as const;
type FormName = keyof typeof FORMS;

/**
 * The editor of the local dataset: forms whose every edit is checked as `npm run validate` checks
 * data files and applied at once (`onSave` keeps and lays it out as an opened dataset), undo/redo, downloads.
 */
export function EditDatasetPanel({ local, onSave, onClose }: { local: LocalDataset; onSave: (local: LocalDataset) => void; onClose: () => void }) {
  const [history, setHistory] = useState(() => historyOf<EditableDataset>({ dataset: local.dataset, texts: local.texts }));
  const [form, setForm] = useState<FormName>(local.dataset.relations.length === 0 ? "actor" : "relation");
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const keep = (value: EditableDataset, warnings: number, step: string) => {
    onSave({ ...local, dataset: value.dataset, texts: value.texts, summary: `${local.summary.slice(0, 1000)}; edited in this browser`, warnings });
    setSaid(step);
  };
  const edit = (change: Edit): boolean => {
    const result = applyEdit(history.present, change);
    if (!result.ok) {
      setProblems(result.problems);
      return false;
    }
    const label = describeEdit(change);
    setHistory(pushed(history, result.value, label));
    setProblems(null);
    keep(result.value, result.warnings.length, `Done: ${label}${result.warnings.length > 0 ? ` (${result.warnings.length} warning(s), e.g. ${result.warnings[0]?.message})` : ""}.`);
    return true;
  };
  const step = (next: typeof history, said: string) => {
    setHistory(next);
    setProblems(null);
    keep(next.present, 0, said);
  };
  const base = kebabOf(local.name.replace(/\.[a-z]+$/i, "")) || "dataset";
  const Form = FORMS[form];
  return (
    <section className={styles.panel} aria-label="Edit the local dataset" data-testid="edit-dataset-panel">
      <h2>Edit “{local.name}”</h2>
      <EditToolbar
        history={history}
        onUndo={() => step(undone(history), `Undone: ${history.label ?? ""}.`)}
        onRedo={() => step(redone(history), `Redone: ${history.future[0]?.label ?? ""}.`)}
        onDownloadFiles={() => void dataFilesOf(history.present).then((files) => saveFile(`${base}-data.zip`, zipFiles(files), "application/zip"), (error: Error) => setSaid(`Could not write the files: ${error.message}`))}
        onDownloadSnapshot={() => saveFile(`${base}-snapshot.json`, snapshotTextOf(history.present.dataset), "application/json")}
      />
      <div className={styles.tabs} role="group" aria-label="What to add or edit">
        {(Object.keys(FORMS) as FormName[]).map((name) => (
          <button key={name} type="button" aria-pressed={form === name} onClick={() => setForm(name)} data-testid={`edit-tab-${name}`}>
            {name[0]?.toUpperCase()}
            {name.slice(1)}
          </button>
        ))}
      </div>
      {said === null ? null : (
        <p role="status" data-testid="edit-status">
          {said}
        </p>
      )}
      {problems === null ? null : (
        <div role="alert" data-testid="edit-problems">
          <p>Not applied (the dataset is unchanged): {problems.length} problem{problems.length === 1 ? "" : "s"} to fix.</p>
          <ol className={styles.problems}>
            {problems.map((problem, index) => (
              <li key={index}>{formatProblem(problem)}</li>
            ))}
          </ol>
        </div>
      )}
      <Form value={history.present} onEdit={edit} />
      <button type="button" onClick={onClose}>
        Close the editor
      </button>
    </section>
  );
}
