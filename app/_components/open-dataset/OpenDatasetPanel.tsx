"use client";

import { useState } from "react";
import type { LocalDataset } from "./local-dataset";
import { runInWorker } from "./run-in-worker";
import styles from "./open-dataset.module.css";
import { type ShownProblem, WORKER_STEPS, type WorkerStep } from "./worker-protocol";

// A long list of problems is cut here: the first ones name the pattern, the count says the rest.
const SHOWN_PROBLEMS = 200;
const folderPicker = { webkitdirectory: "", directory: "" } as Record<string, string>;

/** The "Open dataset" panel: files or a folder in, progress while the worker checks them, problems or the dataset out. */
export function OpenDatasetPanel({ onOpened, onShowKept, onClose }: { onOpened: (local: LocalDataset) => void; onShowKept: () => void; onClose: () => void }) {
  const [step, setStep] = useState<WorkerStep | null>(null);
  const [problems, setProblems] = useState<ShownProblem[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const open = async (list: FileList | null) => {
    if (list === null || list.length === 0) return;
    setProblems(null);
    setFailure(null);
    setStep("unpacking");
    const picked = [...list];
    const files = await Promise.all(picked.map(async (file) => ({ path: file.webkitRelativePath || file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
    const name = picked.length === 1 ? (picked[0]?.name ?? "dataset") : (picked[0]?.webkitRelativePath.split("/")[0] || `${picked.length} files`);
    const reply = await runInWorker({ type: "open", name, files }, setStep);
    setStep(null);
    if (reply.type === "opened") onOpened(reply.local);
    else if (reply.type === "problems") setProblems(reply.problems);
    else if (reply.type === "failed") setFailure(reply.message);
  };

  const errors = problems?.filter((problem) => problem.severity === "error").length ?? 0;
  return (
    <section className={styles.panel} aria-label="Open a dataset" data-testid="open-dataset-panel">
      <h2>Open a dataset</h2>
      <p>
        A JSON snapshot, a .zip or folder of data files (with its corpus/), an .xlsx workbook or CSV files with the sheets actors, sources, relations and claims, and the source texts
        (.txt or .html) if they are not in the files. It is checked as <code>npm run validate</code> checks data, in this browser; nothing is uploaded.
      </p>
      <div className={styles.pickers}>
        <label>
          Files <input type="file" multiple accept=".json,.zip,.xlsx,.csv,.txt,.html,.htm" data-testid="open-dataset-files" disabled={step !== null} onChange={(event) => void open(event.currentTarget.files)} />
        </label>
        <label>
          Folder <input type="file" {...folderPicker} data-testid="open-dataset-folder" disabled={step !== null} onChange={(event) => void open(event.currentTarget.files)} />
        </label>
      </div>
      <p>
        Start from the template, a few real rows of the built-in data: <a href="/template/allegiances-template.xlsx" download>workbook (.xlsx)</a> or <a href="/template/allegiances-template-csv.zip" download>CSV files (.zip)</a>.
        {" "}Or{" "}
        <button type="button" className={styles.linkButton} onClick={onShowKept}>
          show the dataset kept in this browser
        </button>
        .
      </p>
      {step === null ? null : (
        <div role="status" className={styles.progress}>
          <progress max={WORKER_STEPS.length} value={WORKER_STEPS.indexOf(step) + 1} data-testid="open-dataset-progress" /> {step}…
        </div>
      )}
      {failure === null ? null : <p role="alert">Could not open it: {failure}</p>}
      {problems === null ? null : (
        <div role="alert" data-testid="open-dataset-problems">
          <p>
            Not opened: {errors} problem{errors === 1 ? "" : "s"} to fix (nothing was loaded).
          </p>
          <ol className={styles.problems}>
            {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
              <li key={index} data-severity={problem.severity}>
                {problem.text}
              </li>
            ))}
          </ol>
          {problems.length > SHOWN_PROBLEMS ? <p>…and {problems.length - SHOWN_PROBLEMS} more.</p> : null}
        </div>
      )}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
