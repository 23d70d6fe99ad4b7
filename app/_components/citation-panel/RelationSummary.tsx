import type { AllianceModel } from "@/lib/graph";
import type { Actor } from "@/lib/schema";
import { relationTypeInfo } from "@/lib/vocabulary";
import { attestationStatusIn, describeAttestation, precisionNoteIn, type RelationDescription } from "@/lib/view";
import { type Moment, momentLabel } from "@/lib/time";
import { NoteText } from "../panel/NoteText";
import styles from "./CitationPanel.module.css";

/** An actor's name as a button that opens its panel. */
export function ActorButton(props: { actor: Actor; onSelectActor: (id: string) => void }) {
  const { actor, onSelectActor } = props;
  return (
    <button type="button" className={styles.actorButton} onClick={() => onSelectActor(actor.id)} title={`Show ${actor.name}'s relations`}>
      {actor.name}
    </button>
  );
}

/** The relation's type and direction, its span at the dates' precision, what is attested of it, and how bounds were inferred. */
export function RelationSummary(props: { model: AllianceModel; description: RelationDescription; at?: Moment; onSelectActor: (id: string) => void; onSelectRelation?: (id: string) => void }) {
  const { model, description, at, onSelectActor, onSelectRelation } = props;
  const { span, source, target } = description;
  const attestation = describeAttestation(model, description.relation.id);
  const unattestedNow = at !== undefined && attestationStatusIn(model, description.relation.id, at) === "unattested";
  const precision = at === undefined ? null : precisionNoteIn(description.relation, at);
  const closer = attestation.closedBy?.relationId ?? null;
  return (
    <dl className={styles.facts}>
      <dt>Type</dt>
      <dd>
        <span title={relationTypeInfo(description.relation.type).description}>{description.typeLabel}</span>
        {description.directed ? (
          <>
            {" "}
            — directed: <ActorButton actor={source} onSelectActor={onSelectActor} /> → <ActorButton actor={target} onSelectActor={onSelectActor} />
          </>
        ) : (
          " — mutual"
        )}
      </dd>
      <dt>When</dt>
      <dd>
        {span.text}
        {precision === null ? null : (
          <span className={styles.precision} data-testid="year-precise">
            {" "}
            {precision}
          </span>
        )}
      </dd>
      <dt>Attested</dt>
      <dd data-testid="attestation">
        {unattestedNow ? (
          <strong>
            In {at === undefined ? "" : momentLabel(at)}: continuing, not attested since {attestation.lastAttestedYear}.{" "}
          </strong>
        ) : null}
        {attestation.text}
        {closer !== null && onSelectRelation !== undefined ? (
          <>
            {" "}
            <button type="button" className={styles.actorButton} onClick={() => onSelectRelation(closer)}>
              Show what closes it
            </button>
          </>
        ) : null}
      </dd>
      {span.inferred.start !== null || span.inferred.end !== null ? (
        <>
          <dt>Inferred</dt>
          <dd>
            {/* How a bound was worked out matters to a careful reader, not to every glance: folded. */}
            <details className={styles.inferred}>
              <summary>{span.inferred.start !== null && span.inferred.end !== null ? "Start and end" : span.inferred.start !== null ? "Start" : "End"}: how</summary>
              {span.inferred.start !== null ? <p>Start: <NoteText model={model} text={span.inferred.start} /></p> : null}
              {span.inferred.end !== null ? <p>End: <NoteText model={model} text={span.inferred.end} /></p> : null}
            </details>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
