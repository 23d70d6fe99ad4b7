import type { Metadata } from "next";
import Link from "next/link";
import { currentModel } from "@/lib/server";
import { sourceUsage } from "@/lib/view";
import { SourceEntry } from "./SourceEntry";
import styles from "./page.module.css";

export const metadata: Metadata = {
  title: "Sources · Allegiances",
  description: "Every source behind Allegiances, with the relations and disputes each one supports.",
};

/** /sources: each source with what it supports, so a reader can weigh the map by where it comes from. */
export default function SourcesPage() {
  const model = currentModel();
  const usage = sourceUsage(model);
  const { sources } = model.dataset;
  return (
    <main className={styles.page}>
      <nav className={styles.nav}>
        <Link href="/">← Back to the map</Link>
      </nav>
      <h1>Sources</h1>
      <p className={styles.intro}>
        {sources.length === 1 ? "1 source" : `${sources.length} sources`} back the {model.dataset.relations.length} relations on the map. Each relation
        rests on verbatim quotes from these; follow a relation to see it on the map at a year it holds.
      </p>
      <nav aria-label="Sources on this page" className={styles.toc}>
        <ul>
          {sources.map((source) => (
            <li key={source.id}>
              <a href={`#source-${source.id}`}>{source.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sources.map((source) => (
        <SourceEntry key={source.id} model={model} source={source} use={usage.get(source.id) ?? { relationIds: [], disputeIds: [] }} />
      ))}
    </main>
  );
}
