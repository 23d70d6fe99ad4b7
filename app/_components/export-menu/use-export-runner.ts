"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ExportAction, ExportContext, ExportOutcome } from "./export-menu-items";

export interface ExportRunner {
  /** The action running now; every item is disabled meanwhile (one export at a time). */
  busyId: string | null;
  /** The last success, for the polite live region ("Link copied"); cleared after a while. */
  status: string;
  /** Why the last export failed, for the alert; null after a success. */
  error: string | null;
  /** The action that failed last, until the next run or a dismissal. */
  failedId: string | null;
  /** A URL the clipboard refused, to be copied by hand from a text field. */
  manualCopy: string | null;
  /** Runs an action; resolves to its outcome, or null when it failed. */
  run: (action: ExportAction, context: ExportContext) => Promise<ExportOutcome | null>;
  dismiss: () => void;
}

const STATUS_MS = 6000;

export function useExportRunner(): ExportRunner {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [failedId, setFailedId] = useState<string | null>(null);
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const run = useCallback(async (action: ExportAction, context: ExportContext) => {
    window.clearTimeout(timer.current);
    setBusyId(action.id);
    setStatus("");
    setError(null);
    setFailedId(null);
    setManualCopy(null);
    try {
      // Let "Exporting…" paint before drawing a large picture blocks the main thread.
      await afterNextPaint();
      const outcome = await action.run(context);
      setStatus(outcome.message);
      setManualCopy(outcome.manualCopy ?? null);
      timer.current = window.setTimeout(() => setStatus(""), STATUS_MS);
      return outcome;
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setFailedId(action.id);
      return null;
    } finally {
      setBusyId(null);
    }
  }, []);

  const dismiss = useCallback(() => {
    setError(null);
    setFailedId(null);
    setManualCopy(null);
  }, []);

  return { busyId, status, error, failedId, manualCopy, run, dismiss };
}

/** Resolves after the browser has had a chance to paint (a frame, then a task); hidden tabs get no frames, hence the timeout. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = window.setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      window.setTimeout(() => {
        window.clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
