"use client";

import { type KeyboardEvent, useEffect, useId, useRef } from "react";
import type { AllianceModel } from "@/lib/graph";
import type { Actor } from "@/lib/schema";
import { actorFamily, actorKindLabel, describeLifespan, findActor, relationsByCounterpart } from "@/lib/view";
import { LazyActorAnalysis } from "../analysis/lazy-analysis";
import { NoteText } from "../panel/NoteText";
import { RelationTimeline } from "./RelationTimeline";
import styles from "./ActorPanel.module.css";

export interface ActorPanelProps {
  model: AllianceModel;
  actorId: string;
  year: number;
  onSelectRelation: (id: string, year: number) => void;
  onSelectActor: (id: string) => void;
  onClose: () => void;
  /** Opens the dyad view for this actor and another. */
  onCompareWith?: (actorId: string, otherId: string) => void;
}

/** Who an actor is, how it fits with others (coalition, predecessor), and all its relations over time. */
export function ActorPanel(props: ActorPanelProps) {
  const { model, actorId, year, onSelectRelation, onSelectActor, onClose, onCompareWith } = props;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Land keyboard and screen-reader users on the panel whenever it shows another actor.
  useEffect(() => headingRef.current?.focus(), [actorId]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") onClose();
  };
  const actor = findActor(model, actorId);
  const closeButton = (
    <button type="button" className={styles.close} onClick={onClose} aria-label="Close actor panel">
      ×
    </button>
  );

  if (actor === null) {
    return (
      <aside className={styles.panel} aria-labelledby={headingId} onKeyDown={onKeyDown}>
        <header className={styles.header}>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
            No actor “{actorId}”
          </h2>
          {closeButton}
        </header>
        <p>This actor is not in the data. It may have been renamed or removed.</p>
      </aside>
    );
  }

  const rows = relationsByCounterpart(model, actorId);
  const relationCount = rows.reduce((sum, row) => sum + row.relations.length, 0);
  return (
    <aside className={styles.panel} aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <header className={styles.header}>
        <div className={styles.headingBlock}>
          <p className={styles.kicker}>{actorKindLabel(actor.kind)}</p>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
            {actor.name}
          </h2>
        </div>
        {closeButton}
      </header>
      <p className={styles.description}>
        <NoteText model={model} text={actor.description} />
      </p>
      <ActorFacts model={model} actor={actor} onSelectActor={onSelectActor} />
      <LazyActorAnalysis model={model} actorId={actor.id} year={year} onCompareWith={onCompareWith} />
      <section aria-labelledby={`${headingId}-relations`}>
        <h3 id={`${headingId}-relations`} className={styles.subheading}>
          Relations over time
          <span className={styles.count}>
            {relationCount === 1 ? "1 relation" : `${relationCount} relations`} with {rows.length === 1 ? "1 actor" : `${rows.length} actors`}; line marks {year}
          </span>
        </h3>
        {rows.length === 0 ? (
          <p>No relations recorded.</p>
        ) : (
          <RelationTimeline model={model} rows={rows} year={year} onSelectRelation={onSelectRelation} onSelectActor={onSelectActor} />
        )}
      </section>
    </aside>
  );
}

function ActorFacts(props: { model: AllianceModel; actor: Actor; onSelectActor: (id: string) => void }) {
  const { model, actor, onSelectActor } = props;
  const family = actorFamily(model, actor.id);
  const links = (actors: Actor[]) =>
    actors.map((other, index) => (
      <span key={other.id}>
        {index > 0 ? ", " : null}
        <button type="button" className={styles.actorButton} onClick={() => onSelectActor(other.id)}>
          {other.name}
        </button>
      </span>
    ));
  return (
    <dl className={styles.facts}>
      {actor.aliases.length > 0 ? (
        <>
          <dt>Also called</dt>
          <dd>{actor.aliases.join(", ")}</dd>
        </>
      ) : null}
      {actor.lifespan !== undefined ? (
        <>
          <dt>Existed</dt>
          <dd>
            {describeLifespan(actor.lifespan)}
            {actor.lifespan.note !== undefined ? <span className={styles.note}>
                {" "}
                (<NoteText model={model} text={actor.lifespan.note} />)
              </span> : null}
          </dd>
        </>
      ) : null}
      {family.parent !== null ? (
        <>
          <dt>Part of</dt>
          <dd>{links([family.parent])}</dd>
        </>
      ) : null}
      {family.predecessor !== null ? (
        <>
          <dt>Preceded by</dt>
          <dd>{links([family.predecessor])}</dd>
        </>
      ) : null}
      {family.children.length > 0 ? (
        <>
          <dt>Members</dt>
          <dd>{links(family.children)}</dd>
        </>
      ) : null}
      {family.successors.length > 0 ? (
        <>
          <dt>Succeeded by</dt>
          <dd>{links(family.successors)}</dd>
        </>
      ) : null}
    </dl>
  );
}
