"use client";

import { type Moment, periodOf } from "@/lib/time";
import styles from "./year-control.module.css";

interface PlayRangeProps {
  from: Moment;
  to: Moment;
  years: { first: number; last: number };
  onChange: (range: { from: Moment; to: Moment }) => void;
}

const monthValue = (at: Moment): string => periodOf(at);

function parseMonth(value: string): Moment | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match === null) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

/** The months Play runs through in month mode: from one month to another, both inclusive. */
export function PlayRange({ from, to, years, onChange }: PlayRangeProps) {
  const min = `${String(years.first).padStart(4, "0")}-01`;
  const max = `${String(years.last).padStart(4, "0")}-12`;
  return (
    <div className={styles.range} role="group" aria-label="Play range">
      <label>
        Play from{" "}
        <input type="month" aria-label="Play from" min={min} max={max} value={monthValue(from)} onChange={(event) => {
          const next = parseMonth(event.target.value);
          if (next !== null) onChange({ from: next, to });
        }} />
      </label>
      <label>
        to{" "}
        <input type="month" aria-label="Play to" min={min} max={max} value={monthValue(to)} onChange={(event) => {
          const next = parseMonth(event.target.value);
          if (next !== null) onChange({ from, to: next });
        }} />
      </label>
    </div>
  );
}
