"use client";

import { useState } from "react";
import type { LocalDataset } from "./local-dataset";
import { PastedTexts } from "./PastedTexts";
import { runInWorker } from "./run-in-worker";
import styles from "./open-dataset.module.css";
import { START_FILES, StartChoices, type StartPoint } from "./StartChoices";
import { type PastedText, type ShownProblem, WORKER_STEPS, type WorkerReply, type WorkerStep } from "./worker-protocol";

// A long list of problems is cut here: the first ones name the pattern, the count says the rest.
const SHOWN_PROBLEMS = 200;
const folderPicker = { webkitdirectory: "", directory: "" } as Record<string, string>;

// A dataset started from scratch: no records yet, so nothing to validate or lay out.
const SCRATCH: LocalDataset = { name: "new dataset", summary: "started from scratch", warnings: 0, dataset: { actors: [], sources: [], relations: [], disputes: [], unverifiedSources: [] }, texts: {}, places: null };

/**
 * The "Open dataset" panel: files or a folder in (with pasted source texts), progress while the
 * worker checks them, problems or the dataset out; or a start for building one (`edit`: open the editor).
 */
export function OpenDatasetPanel({ onOpened, onShowKept, onClose }: { onOpened: (local: LocalDataset, edit: boolean) => void; onShowKept: () => void; onClose: () => void }) {
  const [step, setStep] = useState<WorkerStep | null>(null);
  const [problems, setProblems] = useState<ShownProblem[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [pasted, setPasted] = useState<PastedText[]>([]);

  const run = async (send: () => Promise<Exclude<WorkerReply, { type: "progress" }>>, edit: boolean) => {
    setProblems(null);
    setFailure(null);
    setStep("unpacking");
    const reply = await send().catch((error: unknown) => ({ type: "failed" as const, message: error instanceof Error ? error.message : String(error) }));
    setStep(null);
    if (reply.type === "opened") onOpened(reply.local, edit);
    else if (reply.type === "problems") setProblems(reply.problems);
    else if (reply.type === "failed") setFailure(reply.message);
  };
  const open = (list: FileList | null) => {
    if (list === null || list.length === 0) return;
    const picked = [...list];
    const name = picked.length === 1 ? (picked[0]?.name ?? "dataset") : (picked[0]?.webkitRelativePath.split("/")[0] || `${picked.length} files`);
    void run(async () => {
      const files = await Promise.all(picked.map(async (file) => ({ path: file.webkitRelativePath || file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
      return runInWorker({ type: "open", name, files, pasted }, setStep);
    }, false);
  };
  const start = (point: StartPoint) => {
    if (point === "scratch") return void run(() => runInWorker({ type: "save", local: SCRATCH }, setStep), true);
    const file = START_FILES[point];
    void run(async () => {
      const response = await fetch(`/template/${file}`);
      if (!response.ok) throw new Error(`${file}: ${response.status} ${response.statusText}`);
      return runInWorker({ type: "open", name: file, files: [{ path: file, bytes: new Uint8Array(await response.arrayBuffer()) }], pasted: [] }, setStep);
    }, true);
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
          Files <input type="file" multiple accept=".json,.zip,.xlsx,.csv,.txt,.html,.htm" data-testid="open-dataset-files" disabled={step !== null} onChange={(event) => open(event.currentTarget.files)} />
        </label>
        <label>
          Folder <input type="file" {...folderPicker} data-testid="open-dataset-folder" disabled={step !== null} onChange={(event) => open(event.currentTarget.files)} />
        </label>
      </div>
      <PastedTexts texts={pasted} onChange={setPasted} />
      <StartChoices disabled={step !== null} onStart={start} />
      <p>
        Download the template, a few real rows of the built-in data: <a href="/template/allegiances-template.xlsx" download>workbook (.xlsx)</a> or <a href="/template/allegiances-template-csv.zip" download>CSV files (.zip)</a>.
        {" "}Or{" "}
        <button type="button" className="link-button" onClick={onShowKept}>
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
