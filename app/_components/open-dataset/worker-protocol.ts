import type { LocalDataset } from "./local-dataset";

/** A problem as the page lists it, written in the worker (the page never loads the validator). */
export interface ShownProblem {
  severity: "error" | "warning";
  text: string;
}

export type WorkerRequest = { type: "open"; name: string; files: { path: string; bytes: Uint8Array }[] } | { type: "restore" } | { type: "close" };

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
