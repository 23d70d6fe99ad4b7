"use client";

import dynamic from "next/dynamic";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import type { YearPlaces } from "@/lib/layout";
import type { FirstView } from "@/lib/first-view";
import type { Dataset } from "@/lib/schema";
import { LOCAL_DATASET, DATASET_PARAM, wantsLocalDataset, withoutDatasetParam } from "@/lib/view-state";
import { Explorer } from "../explorer/Explorer";
import type { LocalDataset } from "./local-dataset";
import { LocalHeader } from "./LocalHeader";
import { OpenDatasetPanel } from "./OpenDatasetPanel";
import styles from "./open-dataset.module.css";
import { runInWorker } from "./run-in-worker";
import { useServedDataset } from "./use-served-dataset";

// The editor brings the validator (zod) with it: loaded only when someone edits.
const EditDatasetPanel = dynamic(() => import("../edit-dataset/EditDatasetPanel").then((module) => module.EditDatasetPanel), { ssr: false, loading: () => <p role="status">Loading the editor…</p> });

interface DatasetShellProps {
  /** The served dataset (or its first view, with `whole`), its header (rendered on the server) and its per-year places. */
  builtIn: { dataset: Dataset; places: YearPlaces | null; header: ReactNode; whole: FirstView["whole"] | null };
  initialQuery: string;
}

/**
 * Which dataset the explorer shows: the served one, or one opened in this browser (`?dataset=local`,
 * kept in IndexedDB until closed). The explorer is remounted on a switch: its model is the dataset's.
 */
export function DatasetShell({ builtIn, initialQuery }: DatasetShellProps) {
  const [wantsLocal, setWantsLocal] = useState(() => wantsLocalDataset(initialQuery));
  const [local, setLocal] = useState<LocalDataset | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [query, setQuery] = useState(initialQuery);
  const [editing, setEditing] = useState(false);
  // Bumped on every opened or edited dataset: the explorer is remounted on it, the editor on `session`.
  const [revision, setRevision] = useState(0);
  const [session, setSession] = useState(0);
  const latestSave = useRef(0);
  const served = useServedDataset(builtIn, !wantsLocal);

  const showBuiltIn = useCallback((message: string | null = null) => {
    window.history.pushState(null, "", `/${withoutDatasetParam(window.location.search)}`);
    setQuery(window.location.search);
    setWantsLocal(false);
    setNotice(message);
  }, []);

  // A reload (or a link) asking for the local dataset finds it in IndexedDB, through the worker.
  useEffect(() => {
    if (!wantsLocal || local !== null) return;
    let live = true;
    void runInWorker({ type: "restore" }).then((reply) => {
      if (!live) return;
      if (reply.type === "restored" && reply.local !== null) setLocal(reply.local);
      else {
        window.history.replaceState(null, "", `/${withoutDatasetParam(window.location.search)}`);
        setQuery(window.location.search);
        setWantsLocal(false);
        setNotice(reply.type === "restored" ? reply.problem : "The dataset kept in this browser could not be read.");
      }
    });
    return () => {
      live = false;
    };
  }, [wantsLocal, local]);

  useEffect(() => {
    const read = () => {
      setQuery(window.location.search);
      setWantsLocal(wantsLocalDataset(window.location.search));
    };
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, []);

  const opened = useCallback((next: LocalDataset, edit: boolean) => {
    window.history.pushState(null, "", `/?${DATASET_PARAM}=${LOCAL_DATASET}`);
    setQuery(window.location.search);
    setLocal(next);
    setWantsLocal(true);
    setPanelOpen(false);
    setNotice(null);
    setRevision((n) => n + 1);
    setSession((n) => n + 1);
    setEditing(edit);
  }, []);
  // An edit goes the way an opened dataset goes (the worker lays it out and keeps it in IndexedDB);
  // the map then redraws on it, in the view the reader was in. A slower, older save is dropped.
  const saveEdited = useCallback((next: LocalDataset) => {
    const serial = (latestSave.current += 1);
    void runInWorker({ type: "save", local: next }).then((reply) => {
      if (serial !== latestSave.current) return;
      if (reply.type !== "opened") return setNotice(`The edit could not be kept: ${reply.type === "failed" ? reply.message : reply.type}`);
      setQuery(window.location.search);
      setLocal(reply.local);
      setRevision((n) => n + 1);
    });
  }, []);
  const showKept = useCallback(() => {
    window.history.pushState(null, "", `/?${DATASET_PARAM}=${LOCAL_DATASET}`);
    setQuery(window.location.search);
    setWantsLocal(true);
    setPanelOpen(false);
  }, []);
  const close = useCallback(() => {
    void runInWorker({ type: "close" }).then(() => {
      setLocal(null);
      setEditing(false);
      showBuiltIn("The local dataset was closed and removed from this browser.");
    });
  }, [showBuiltIn]);

  const shown = wantsLocal ? local : null;
  return (
    <>
      {shown === null ? builtIn.header : <LocalHeader local={shown} />}
      <div className={styles.bar}>
        <button type="button" onClick={() => setPanelOpen((open) => !open)} aria-expanded={panelOpen} data-testid="open-dataset">
          Open dataset…
        </button>
        {shown === null ? null : (
          <>
            <button type="button" onClick={() => showBuiltIn()} data-testid="show-built-in">
              Back to the built-in data
            </button>
            <button type="button" onClick={close} data-testid="close-local">
              Close this dataset
            </button>
            <button type="button" onClick={() => setEditing((on) => !on)} aria-expanded={editing} data-testid="edit-local">
              Edit this dataset
            </button>
          </>
        )}
        {notice === null ? null : <span role="status">{notice}</span>}
        {served.problem === null ? null : <span role="alert">{served.problem}</span>}
      </div>
      {panelOpen ? <OpenDatasetPanel onOpened={opened} onShowKept={showKept} onClose={() => setPanelOpen(false)} /> : null}
      {shown !== null && editing ? <EditDatasetPanel key={session} local={shown} onSave={saveEdited} onClose={() => setEditing(false)} /> : null}
      <main>
        {wantsLocal && shown === null ? (
          <p role="status" data-testid="local-loading">
            Opening the dataset kept in this browser…
          </p>
        ) : shown === null ? (
          <Explorer key="built-in" dataset={served.dataset} initialQuery={query} places={served.places} whole={served.whole} />
        ) : shown.dataset.relations.length === 0 ? (
          <p role="status" data-testid="local-empty">
            No relations yet, so nothing to draw: add actors, a source with its text, then a relation, in the editor.
          </p>
        ) : (
          <Explorer key={`local:${revision}`} dataset={shown.dataset} initialQuery={query} places={shown.places} />
        )}
      </main>
    </>
  );
}
