"use client";

import { useId } from "react";
import { dyadRelations, yearInsideSpan, actorName, barPosition, keyClaim } from "@/lib/view";
import { type DyadPeriod, dyadPeriods, periodLabel, type SignOptions } from "@/lib/analysis";
import { CountingNote } from "./CountingNote";
import { RelationButtons } from "./RelationButton";
import type { Dyad } from "@/lib/view-state";
import type { AllianceModel } from "@/lib/graph";
import { formatYearSpan } from "@/lib/time";
import { RelationTimeline } from "../actor-panel/RelationTimeline";
import { DyadAlignments } from "./DyadAlignments";
import styles from "./analysis.module.css";

export interface DyadViewProps {
  model: AllianceModel;
  year: number;
  dyad: Dyad | null;
  options: Required<SignOptions>;
  /** The selected actor, offered as the first of the pair when none is chosen. */
  selectedActorId: string | null;
  onDyadChange: (dyad: Dyad | null) => void;
  onSelectRelation: (id: string, year: number) => void;
  onSelectActor: (id: string) => void;
}

/** Two actors' whole history: a timeline strip of every relation between them, then the same as a story. */
export function DyadView({ model, year, dyad, options, selectedActorId, onDyadChange, onSelectRelation, onSelectActor }: DyadViewProps) {
  const actors = [...model.dataset.actors].sort((x, y) => x.name.localeCompare(y.name));
  const idA = useId();
  const idB = useId();
  const a = dyad?.a ?? selectedActorId ?? "";
  const b = dyad?.b ?? "";
  const choose = (nextA: string, nextB: string) => onDyadChange(nextA !== "" && nextB !== "" && nextA !== nextB ? { a: nextA, b: nextB } : null);
  const picker = (id: string, label: string, value: string, onChange: (value: string) => void) => (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">— choose —</option>
        {actors.map((actor) => (
          <option key={actor.id} value={actor.id}>
            {actor.name}
          </option>
        ))}
      </select>
    </>
  );
  return (
    <div>
      <div className={styles.row}>
        {picker(idA, "History of", a, (value) => choose(value, b))}
        {picker(idB, "with", b, (value) => choose(a, value))}
      </div>
      {dyad === null ? <p className={styles.hint}>Choose two actors to see every relation between them across all years, each one click from its sources.</p> : <DyadHistory model={model} year={year} dyad={dyad} options={options} onSelectRelation={onSelectRelation} onSelectActor={onSelectActor} />}
    </div>
  );
}

function DyadHistory({ model, year, dyad, options, onSelectRelation, onSelectActor }: { model: AllianceModel; year: number; dyad: Dyad; options: Required<SignOptions> } & Pick<DyadViewProps, "onSelectRelation" | "onSelectActor">) {
  const row = dyadRelations(model, dyad.a, dyad.b);
  const names = [dyad.a, dyad.b].map((id) => actorName(model, id)).join(" and ");
  if (row === null) return <p data-testid="dyad-empty">No relation between {names} is recorded.</p>;
  const from = Math.min(...row.relations.map((r) => r.years.from));
  const to = Math.max(...row.relations.map((r) => r.years.to));
  return (
    <section aria-label={`History of ${names}`} data-testid="dyad-history">
      <h3>
        {names}, {formatYearSpan({ from, to })}: {row.relations.length} {row.relations.length === 1 ? "relation" : "relations"}
      </h3>
      <p className={styles.hint}>Bars: solid friendly, dotted neutral, striped hostile; ⚠ disputed by another source. Click a bar or a line below for its sources; the map moves to its years.</p>
      <div data-testid="dyad-bars">
        <RelationTimeline model={model} rows={[row]} year={year} onSelectRelation={onSelectRelation} onSelectActor={onSelectActor} />
      </div>
      <h4>The story, period by period</h4>
      <CountingNote countsUnattested={options.countUnattested} />
      <ol className={styles.story} data-testid="dyad-story">
        {dyadPeriods(model, dyad.a, dyad.b, options).map((period) => (
          <PeriodEntry key={period.years.from} model={model} period={period} axis={{ first: from, last: to }} year={year} onSelectRelation={onSelectRelation} />
        ))}
      </ol>
      <details>
        <summary>Every relation, one line each</summary>
        <ol className={styles.story} data-testid="dyad-relations">
          {row.relations.map((relation) => {
            const id = relation.description.relation.id;
            const disputed = relation.disputeIds.length > 0;
            return (
              <li key={id} data-relation-id={id}>
                <button type="button" className={`link-button ${styles.linkButton}`} onClick={() => onSelectRelation(id, yearInsideSpan(relation.years, year))}>
                  {relation.description.text}
                </button>
                {disputed ? <span> — ⚠ disputed</span> : null}
              </li>
            );
          })}
        </ol>
      </details>
      <DyadAlignments model={model} year={year} dyad={dyad} onSelectRelation={onSelectRelation} />
    </section>
  );
}

/** One period of the story: its label on a bar placed on the pair's years, its key quote, its sources one click away. */
function PeriodEntry(props: { model: AllianceModel; period: DyadPeriod; axis: { first: number; last: number }; year: number; onSelectRelation: (id: string, year: number) => void }) {
  const { model, period, axis, year, onSelectRelation } = props;
  const label = periodLabel(period);
  const position = barPosition(period.years, axis);
  const keyId = period.key;
  const key = keyId === null ? null : keyClaim(model, keyId);
  const when = yearInsideSpan(period.years, year);
  const gap = period.tone === "none";
  return (
    <li data-tone={period.tone} data-period={label} className={gap ? styles.gap : undefined}>
      <div className={styles.periodTrack} aria-hidden="true">
        <span className={`${styles.periodBar} ${styles[`tone_${period.tone}`] ?? ""}`} style={{ left: `${position.left}%`, width: `${Math.max(position.width, 1)}%` }} />
      </div>
      <p className={styles.periodLabel}>
        <strong>{label}</strong>
        {period.disputes.length > 0 ? <span className={styles.badge}> ⚠ disputed</span> : null}
      </p>
      {key !== null && keyId !== null ? (
        <blockquote className={styles.keyQuote}>
          “{key.claim.quote}” <span className={styles.muted}>— {key.claim.speaker?.name !== undefined ? `${key.claim.speaker.name}, in ` : ""}{key.sourceLabel}</span>{" "}
          <button type="button" className={`link-button ${styles.linkButton}`} onClick={() => onSelectRelation(keyId, when)}>
            Sources
          </button>
        </blockquote>
      ) : null}
      {period.relations.length > 1 ? (
        <p className={styles.hint}>
          {period.relations.length} relations: <RelationButtons model={model} ids={period.relations} onSelect={(id) => onSelectRelation(id, when)} />
        </p>
      ) : null}
    </li>
  );
}
