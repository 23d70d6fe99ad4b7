"use client";

import { useCallback } from "react";
import styles from "./year-control.module.css";
import { useArrowKeys } from "./use-arrow-keys";
import { usePlayback } from "./use-playback";

interface YearControlProps {
  year: number;
  first: number;
  last: number;
  onYearChange: (year: number) => void;
  /** Relations and actors drawn in this year, for the summary line. */
  shownRelations: number;
  shownActors: number;
  /** Actors on the map in the year with no relation shown, hidden unless `allActors`. */
  hiddenActors: number;
  allActors: boolean;
  onAllActorsChange: (allActors: boolean) => void;
}

/** The time axis: the year large, a slider across the data's years, step and play buttons. */
export function YearControl({ year, first, last, onYearChange, shownRelations, shownActors, hiddenActors, allActors, onAllActorsChange }: YearControlProps) {
  const { playing, setPlaying } = usePlayback(year, last, onYearChange);
  const step = useCallback(
    (delta: -1 | 1) => {
      const next = Math.min(Math.max(year + delta, first), last);
      if (next !== year) onYearChange(next);
    },
    [year, first, last, onYearChange],
  );
  useArrowKeys(step);

  const togglePlay = () => {
    if (playing) return setPlaying(false);
    // Play from the start when already at the end, rather than doing nothing.
    if (year >= last) onYearChange(first);
    setPlaying(true);
  };

  return (
    <section className={styles.control} aria-label="Year">
      <output className={styles.year} aria-live="polite" data-testid="current-year">
        {year}
      </output>
      <div className={styles.row}>
        <button type="button" className={styles.button} onClick={() => step(-1)} disabled={year <= first} aria-label="Previous year">
          ◀
        </button>
        <input
          className={styles.slider}
          type="range"
          min={first}
          max={last}
          step={1}
          value={year}
          onChange={(event) => onYearChange(Number(event.target.value))}
          aria-label="Year"
          aria-valuetext={String(year)}
        />
        <button type="button" className={styles.button} onClick={() => step(1)} disabled={year >= last} aria-label="Next year">
          ▶
        </button>
        <button type="button" className={styles.play} onClick={togglePlay} aria-pressed={playing} aria-label={playing ? "Pause" : "Play through the years"}>
          {playing ? "❚❚ Pause" : "► Play"}
        </button>
      </div>
      <div className={styles.bounds} aria-hidden="true">
        <span>{first}</span>
        <span>{last}</span>
      </div>
      <p className={styles.summary} data-testid="year-summary" data-year={year} data-relations={shownRelations} data-actors={shownActors}>
        {shownRelations} {shownRelations === 1 ? "relation" : "relations"} among {shownActors} {shownActors === 1 ? "actor" : "actors"} in {year}
        {hiddenActors > 0 || allActors ? (
          <>
            {" · "}
            {allActors ? null : (
              <span data-testid="hidden-actors">
                {hiddenActors} without a relation hidden{" "}
              </span>
            )}
            <button type="button" className={styles.linkButton} aria-pressed={allActors} onClick={() => onAllActorsChange(!allActors)}>
              {allActors ? "Hide actors without a relation" : "Show all"}
            </button>
          </>
        ) : null}
      </p>
    </section>
  );
}
