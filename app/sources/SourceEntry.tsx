import Link from "next/link";
import type { AllianceModel } from "@/lib/graph";
import type { Source } from "@/lib/schema";
import { describeRelation, findDispute, mapLinkForRelation, sourcePageHref, type SourceUse } from "@/lib/view";
import { SourceFacts } from "./SourceFacts";
import styles from "./page.module.css";

/** One source: its particulars, the relations it supports (each a link to the map) and its disputes. */
export function SourceEntry(props: { model: AllianceModel; source: Source; use: SourceUse }) {
  const { model, source, use } = props;
  const headingId = `source-${source.id}-title`;
  return (
    <section id={`source-${source.id}`} className={styles.source} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.title}>
        {source.title}
      </h2>
      <SourceFacts source={source} />
      <p className={styles.readLink}>
        <Link href={sourcePageHref(source.id, "")}>Read its full text, every quoted passage marked</Link>
      </p>

      <h3 className={styles.subheading}>{use.relationIds.length === 1 ? "Supports 1 relation" : `Supports ${use.relationIds.length} relations`}</h3>
      {use.relationIds.length === 0 ? (
        <p className={styles.muted}>No relation cites this source.</p>
      ) : (
        <ul className={styles.relations}>
          {use.relationIds.map((relationId) => (
            <li key={relationId}>
              <Link href={mapLinkForRelation(model, relationId)}>{describeRelation(model, relationId)}</Link>
            </li>
          ))}
        </ul>
      )}

      {use.disputeIds.length > 0 ? (
        <>
          <h3 className={styles.subheading}>Part of {use.disputeIds.length === 1 ? "1 dispute" : `${use.disputeIds.length} disputes`}</h3>
          <ul className={styles.disputes}>
            {use.disputeIds.map((disputeId) => (
              <DisputeItem key={disputeId} model={model} disputeId={disputeId} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function DisputeItem(props: { model: AllianceModel; disputeId: string }) {
  const { model, disputeId } = props;
  const dispute = findDispute(model, disputeId);
  if (dispute === null) return null;
  return (
    <li>
      <span className={styles.question}>{dispute.question}</span>
      <ul>
        {dispute.sides.map((side, index) => (
          <li key={`${side.relation}-${side.source ?? ""}-${index}`}>
            {side.position}:{" "}
            {model.graph.hasEdge(side.relation) ? <Link href={mapLinkForRelation(model, side.relation)}>{describeRelation(model, side.relation)}</Link> : side.relation}
          </li>
        ))}
      </ul>
    </li>
  );
}
