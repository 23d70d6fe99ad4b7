import type { LocalDataset } from "./local-dataset";

/** A problem as the page lists it, written in the worker (the page never loads the validator). */
export interface ShownProblem {
  severity: "error" | "warning";
  text: string;
}

/** A text pasted into the panel, named as a source's corpusFile names it. */
export interface PastedText {
  name: string;
  text: string;
}

export type WorkerRequest =
  | { type: "open"; name: string; files: { path: string; bytes: Uint8Array }[]; pasted: PastedText[] }
  /** An edited (or new, empty) dataset, already checked by the editor: laid out and kept like an opened one. */
  | { type: "save"; local: LocalDataset }
  | { type: "restore" }
  | { type: "close" };

/** What the worker is doing, in order; the progress bar advances through them. */
export const WORKER_STEPS = ["unpacking", "reading", "checking", "laying out", "saving"] as const;
export type WorkerStep = (typeof WORKER_STEPS)[number];

export type WorkerReply =
  | { type: "progress"; step: WorkerStep }
  | { type: "opened"; local: LocalDataset }
  | { type: "problems"; problems: ShownProblem[] }
  | { type: "restored"; local: LocalDataset | null; problem: string | null }
  | { type: "closed" }
  | { type: "failed"; message: string };
