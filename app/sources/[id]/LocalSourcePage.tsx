"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { buildAllianceModel } from "@/lib/graph";
import { sourceReading } from "@/lib/import";
import { claimAnchor, describeRelation } from "@/lib/view";
import { mapHref, viewContextOf, withDatasetParam } from "@/lib/view-state";
import type { LocalDataset } from "../../_components/open-dataset/local-dataset";
import { runInWorker } from "../../_components/open-dataset/run-in-worker";
import { SourceFacts } from "../SourceFacts";
import { SourceText } from "./SourceText";
import styles from "./source-page.module.css";

type Loaded = { kind: "loading" } | { kind: "missing"; message: string } | { kind: "ready"; local: LocalDataset };

/**
 * /sources/<id>?dataset=local: a source of the dataset opened in this browser, read from IndexedDB
 * and its quotes located in its text as the validator locates them; never the served source of that id.
 */
export function LocalSourcePage({ sourceId, query }: { sourceId: string; query: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });
  useEffect(() => {
    let live = true;
    void runInWorker({ type: "restore" }).then((reply) => {
      if (!live) return;
      if (reply.type === "restored" && reply.local !== null) setLoaded({ kind: "ready", local: reply.local });
      else setLoaded({ kind: "missing", message: reply.type === "restored" ? (reply.problem ?? "No dataset is kept in this browser.") : "The dataset kept in this browser could not be read." });
    });
    return () => {
      live = false;
    };
  }, []);
  const local = loaded.kind === "ready" ? loaded.local : null;
  const model = useMemo(() => (local === null || local.dataset.relations.length === 0 ? null : buildAllianceModel(local.dataset)), [local]);
  const back = model === null ? "/?dataset=local" : withDatasetParam(mapHref(query, viewContextOf(model)), "?dataset=local");

  if (loaded.kind === "loading") return <p role="status">Reading the dataset kept in this browser…</p>;
  if (loaded.kind === "missing") return <Missing text={loaded.message} />;
  const source = loaded.local.dataset.sources.find((candidate) => candidate.id === sourceId) ?? null;
  if (source === null) return <Missing text={`The dataset opened in this browser (${loaded.local.name}) has no source “${sourceId.slice(0, 80)}”.`} />;
  const text = loaded.local.texts[source.corpusFile] ?? null;
  const reading = text === null ? null : sourceReading(loaded.local.dataset.relations, source.id, text, claimAnchor);
  const passages = reading?.parts.filter((part) => part.kind === "passage").length ?? 0;
  return (
    <>
      <nav className={styles.nav}>
        <Link href={back}>← Back to the map</Link>
      </nav>
      <p className={styles.kicker} data-testid="local-source-kicker">
        Source · in the dataset opened in this browser: {loaded.local.name}
      </p>
      <h1 className={styles.title}>{source.title}</h1>
      <SourceFacts source={source} />
      {reading === null ? (
        <p className={styles.missing}>This dataset came without the text of this source, so its quotes are not verified against it.</p>
      ) : (
        <>
          <h2 className={styles.subheading}>Full text, {passages === 1 ? "1 quoted passage" : `${passages} quoted passages`} marked</h2>
          <SourceText
            reading={reading}
            relationLink={(relationId) => ({
              href: model === null ? back : withDatasetParam(mapHref(query, viewContextOf(model), { kind: "relation", id: relationId }), "?dataset=local"),
              text: model === null ? relationId : describeRelation(model, relationId),
            })}
          />
        </>
      )}
    </>
  );
}

function Missing({ text }: { text: string }) {
  return (
    <>
      <nav className={styles.nav}>
        <Link href="/">← The built-in dataset</Link>
      </nav>
      <p className={styles.missing} role="alert">
        {text}
      </p>
    </>
  );
}
