import type { CSSProperties } from "react";
import type { AllianceModel } from "@/lib/graph";
import { EDGE_ENCODINGS } from "@/lib/canvas";
import { relationTypeInfo } from "@/lib/vocabulary";
import { assignLanes, axisTicks, barPosition, type CounterpartRelation, type CounterpartRow, relationShortLabel, yearInsideSpan, yearPosition } from "@/lib/view";
import styles from "./RelationTimeline.module.css";

interface TimelineProps {
  model: AllianceModel;
  rows: CounterpartRow[];
  year: number;
  onSelectRelation: (id: string, year: number) => void;
  onSelectActor: (id: string) => void;
}

/** The actor's relations over the data's years: one row per counterpart, one bar (a button) per relation. */
export function RelationTimeline(props: TimelineProps) {
  const { model, rows, year, onSelectRelation, onSelectActor } = props;
  const axis = model.years;
  const marker = yearPosition(year, axis);
  return (
    <div className={styles.timeline}>
      <div className={styles.axisRow} aria-hidden="true">
        <span className={styles.name} />
        <div className={styles.track}>
          {axisTicks(axis, 8).map((tick) => (
            <span key={tick} className={styles.tick} style={{ left: `${yearPosition(tick, axis) ?? 0}%` }}>
              {tick}
            </span>
          ))}
          {marker !== null ? <span className={styles.yearLabel} style={{ left: `${marker}%` }}>{year}</span> : null}
        </div>
      </div>
      <ul className={styles.rows}>
        {rows.map((row) => (
          <TimelineRow key={row.counterpart.id} row={row} axis={axis} marker={marker} year={year} onSelectRelation={onSelectRelation} onSelectActor={onSelectActor} />
        ))}
      </ul>
    </div>
  );
}

function TimelineRow(props: { row: CounterpartRow; axis: { first: number; last: number }; marker: number | null; year: number } & Omit<TimelineProps, "model" | "rows" | "year">) {
  const { row, axis, marker, year, onSelectRelation, onSelectActor } = props;
  const { lanes, laneCount } = assignLanes(row.relations.map((relation) => relation.years));
  return (
    <li className={styles.row}>
      <button type="button" className={styles.name} onClick={() => onSelectActor(row.counterpart.id)} title={`Show ${row.counterpart.name}'s relations`}>
        {row.counterpart.name}
      </button>
      <div className={styles.track} style={{ "--lanes": laneCount } as CSSProperties}>
        {marker !== null ? <span className={styles.yearLine} style={{ left: `${marker}%` }} aria-hidden="true" /> : null}
        {row.relations.map((relation, index) => (
          <RelationBar key={relation.description.relation.id} relation={relation} lane={lanes[index] ?? 0} axis={axis} year={year} onSelectRelation={onSelectRelation} />
        ))}
      </div>
    </li>
  );
}

// Bars carry the map's colour for the type, plus a pattern by polarity (solid friendly, dotted
// neutral, striped hostile) and the type's name as text, so colour is never the only cue.
// Below this share of the axis a type name would show only as a clipped fragment; the title says it.
const MIN_LABELLED_WIDTH = 15;

const PATTERN_CLASS = { 1: styles.friendly, 0: styles.neutral, [-1]: styles.hostile } as const;

function RelationBar(props: { relation: CounterpartRelation; lane: number; axis: { first: number; last: number }; year: number; onSelectRelation: (id: string, year: number) => void }) {
  const { relation, lane, axis, year, onSelectRelation } = props;
  const { description, years, disputeIds } = relation;
  const type = description.relation.type;
  const position = barPosition(years, axis);
  const disputed = disputeIds.length > 0;
  const label = relationShortLabel(description, disputed);
  const barText = [disputed ? "⚠" : "", position.width >= MIN_LABELLED_WIDTH ? description.typeLabel : ""].filter((part) => part !== "").join(" ");
  const style = { left: `${position.left}%`, width: `${position.width}%`, "--lane": lane, "--bar-color": EDGE_ENCODINGS[type].color } as CSSProperties;
  return (
    <button
      type="button"
      className={`${styles.bar} ${PATTERN_CLASS[relationTypeInfo(type).sign]} ${disputed ? styles.disputed : ""}`}
      style={style}
      title={label}
      aria-label={label}
      onClick={() => onSelectRelation(description.relation.id, yearInsideSpan(years, year))}
    >
      {barText !== "" ? (
        <span className={styles.barText} aria-hidden="true">
          {barText}
        </span>
      ) : null}
    </button>
  );
}
