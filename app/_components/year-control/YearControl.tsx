"use client";

import { useCallback, useState } from "react";
import { axisIndex, axisOf, type Moment, momentLabel, momentOnAxis, shortMonthName } from "@/lib/time";
import styles from "./year-control.module.css";
import { useArrowKeys } from "./use-arrow-keys";
import { usePlayback } from "./use-playback";
import { PlayRange } from "./PlayRange";

interface YearControlProps {
  /** The year shown, or one month of it (month mode). */
  at: Moment;
  first: number;
  last: number;
  onChange: (at: Moment) => void;
  /** Relations and actors drawn in this year, for the summary line. */
  shownRelations: number;
  shownActors: number;
  /** Actors on the map in the year with no relation shown, hidden unless `allActors`. */
  hiddenActors: number;
  allActors: boolean;
  onAllActorsChange: (allActors: boolean) => void;
}

const wholeYear = (year: number): { from: Moment; to: Moment } => ({ from: { year, month: 1 }, to: { year, month: 12 } });

/**
 * The time axis: the year (or month) large, a slider across the data's years or months, step and
 * play buttons; in month mode Play runs through a chosen range of months.
 */
export function YearControl({ at, first, last, onChange, shownRelations, shownActors, hiddenActors, allActors, onAllActorsChange }: YearControlProps) {
  const byMonth = at.month !== null;
  const axis = axisOf({ first, last }, byMonth);
  const index = axisIndex(at);
  const [range, setRange] = useState(() => wholeYear(at.year));
  const [start, end] = byMonth ? [axisIndex(range.from), axisIndex(range.to)].sort((a, b) => a - b) as [number, number] : [axis.min, axis.max];
  const playEnd = Math.min(Math.max(end, axis.min), axis.max);
  const moveTo = useCallback((next: number) => onChange(momentOnAxis(next, byMonth)), [onChange, byMonth]);
  const { playing, setPlaying } = usePlayback(index, playEnd, moveTo);
  const step = useCallback(
    (delta: -1 | 1) => {
      const next = Math.min(Math.max(index + delta, axis.min), axis.max);
      if (next !== index) moveTo(next);
    },
    [index, axis.min, axis.max, moveTo],
  );
  useArrowKeys(step);

  const togglePlay = () => {
    if (playing) return setPlaying(false);
    // Start from the range's beginning when outside it or already at its end, rather than doing nothing.
    if (index < start || index >= playEnd) moveTo(Math.max(start, axis.min));
    setPlaying(true);
  };
  const toggleMonths = () => {
    setPlaying(false);
    if (byMonth) return onChange({ year: at.year, month: null });
    setRange(wholeYear(at.year));
    onChange({ year: at.year, month: 1 });
  };
  const unit = byMonth ? "month" : "year";
  const label = momentLabel(at);

  return (
    <section className={styles.control} aria-label="Year">
      <output className={byMonth ? `${styles.year} ${styles.month}` : styles.year} aria-live="polite" data-testid="current-year" data-date={byMonth ? `${at.year}-${String(at.month).padStart(2, "0")}` : String(at.year)}>
        {label}
      </output>
      <div className={styles.row}>
        <button type="button" className={styles.button} onClick={() => step(-1)} disabled={index <= axis.min} aria-label={`Previous ${unit}`}>
          ◀
        </button>
        <input
          className={styles.slider}
          type="range"
          min={axis.min}
          max={axis.max}
          step={1}
          value={index}
          onChange={(event) => moveTo(Number(event.target.value))}
          aria-label={byMonth ? "Month" : "Year"}
          aria-valuetext={label}
        />
        <button type="button" className={styles.button} onClick={() => step(1)} disabled={index >= axis.max} aria-label={`Next ${unit}`}>
          ▶
        </button>
        <button type="button" className={styles.play} onClick={togglePlay} aria-pressed={playing} aria-label={playing ? "Pause" : `Play through the ${unit}s`}>
          {playing ? "❚❚ Pause" : "► Play"}
        </button>
        <button type="button" className={styles.button} onClick={toggleMonths} aria-pressed={byMonth} title="Step through the months: month- and day-precise dates count exactly, a year-precise one in every month of its year">
          By month
        </button>
      </div>
      <div className={styles.bounds} aria-hidden="true">
        <span>{byMonth ? `${shortMonthName(1)} ${first}` : first}</span>
        <span>{byMonth ? `${shortMonthName(12)} ${last}` : last}</span>
      </div>
      {byMonth ? <PlayRange from={range.from} to={range.to} years={{ first, last }} onChange={setRange} /> : null}
      <p className={styles.summary} data-testid="year-summary" data-year={at.year} data-relations={shownRelations} data-actors={shownActors}>
        {shownRelations} {shownRelations === 1 ? "relation" : "relations"} among {shownActors} {shownActors === 1 ? "actor" : "actors"} in {label}
        {hiddenActors > 0 || allActors ? (
          <>
            {" · "}
            {allActors ? null : (
              <span data-testid="hidden-actors">
                {hiddenActors} without a relation hidden{" "}
              </span>
            )}
            <button type="button" className={`link-button ${styles.linkButton}`} aria-pressed={allActors} onClick={() => onAllActorsChange(!allActors)}>
              {allActors ? "Hide actors without a relation" : "Show all"}
            </button>
          </>
        ) : null}
      </p>
    </section>
  );
}
