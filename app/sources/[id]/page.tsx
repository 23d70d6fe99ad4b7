import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { sourceReading } from "@/lib/dataset";
import { currentModel, sourceText } from "@/lib/server";
import { claimAnchor, describeRelation, findSource } from "@/lib/view";
import { mapHref, queryStringOf, viewContextOf, wantsLocalDataset } from "@/lib/view-state";
import { LocalSourcePage } from "./LocalSourcePage";
import { SourceFacts } from "../SourceFacts";
import { SourceText } from "./SourceText";
import styles from "./source-page.module.css";

interface SourcePageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: SourcePageProps): Promise<Metadata> {
  if (wantsLocalDataset(queryStringOf(await searchParams))) return { title: "Source · your dataset · Allegiances" };
  const source = findSource(currentModel(), (await params).id);
  return { title: source === null ? "Not found · Allegiances" : `${source.title} · Sources · Allegiances` };
}

/**
 * /sources/<id>: a source's full text with every quoted passage marked and linked to the relations
 * it supports. The query is the map's view the reader came from, read back through lib/view-state.
 */
export default async function SourcePage({ params, searchParams }: SourcePageProps) {
  const query = queryStringOf(await searchParams);
  const id = (await params).id;
  // A source of the dataset opened in this browser is read there, never taken from the served data.
  if (wantsLocalDataset(query)) {
    return (
      <main className={styles.page}>
        <LocalSourcePage sourceId={id} query={query} />
      </main>
    );
  }
  const model = currentModel();
  const source = findSource(model, id);
  if (source === null) notFound();
  const context = viewContextOf(model);
  const text = sourceText(model, source.id);
  const reading = text === null ? null : sourceReading(model.dataset.relations, source.id, text, claimAnchor);
  const passages = reading?.parts.filter((part) => part.kind === "passage").length ?? 0;
  return (
    <main className={styles.page}>
      <nav className={styles.nav}>
        <Link href={mapHref(query, context)}>← Back to the map</Link>
        <span aria-hidden="true"> · </span>
        <Link href="/sources">All sources</Link>
      </nav>
      <p className={styles.kicker}>Source</p>
      <h1 className={styles.title}>{source.title}</h1>
      <SourceFacts source={source} />
      {reading === null ? (
        <p className={styles.missing}>The text of this source is not available here, so its quotes are not verified against it.</p>
      ) : (
        <>
          <h2 className={styles.subheading}>Full text, {passages === 1 ? "1 quoted passage" : `${passages} quoted passages`} marked</h2>
          <SourceText reading={reading} relationLink={(relationId) => ({ href: mapHref(query, context, { kind: "relation", id: relationId }), text: describeRelation(model, relationId) })} />
        </>
      )}
    </main>
  );
}
