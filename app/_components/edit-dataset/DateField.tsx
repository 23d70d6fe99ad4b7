"use client";

import styles from "./edit-dataset.module.css";

type Word = "ongoing" | "unknown";
const PRECISIONS = ["year", "month", "day"] as const;

/**
 * A date at year, month or day precision ("2001", "2001-10", "2001-10-07"), or one of the words a
 * bound allows ("ongoing", "unknown"). The text it builds is checked by the validator's date schema.
 */
export function DateField({ label, value, words, onChange, testId }: { label: string; value: string; words: readonly Word[]; onChange: (value: string) => void; testId: string }) {
  const word = words.find((candidate) => candidate === value);
  const [year = "", month = "", day = ""] = word === undefined ? value.split("-") : [];
  const precision = word ?? PRECISIONS[Math.max(0, Math.min(2, value.split("-").length - 1))] ?? "year";
  const build = (next: string, y = year, m = month, d = day) => {
    if (next === "ongoing" || next === "unknown") return onChange(next);
    const parts = [y, next === "year" ? null : m === "" ? "01" : m, next === "day" ? (d === "" ? "01" : d) : null];
    onChange(parts.filter((part): part is string => part !== null).join("-"));
  };
  return (
    <fieldset className={styles.date} data-testid={testId}>
      <legend>{label}</legend>
      <select aria-label={`${label}: precision`} value={precision} onChange={(event) => build(event.currentTarget.value)}>
        {PRECISIONS.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
        {words.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      {word !== undefined ? null : (
        <>
          <input aria-label={`${label}: year`} inputMode="numeric" size={5} maxLength={4} value={year} placeholder="YYYY" onChange={(event) => build(precision, event.currentTarget.value)} />
          {precision === "year" ? null : <input aria-label={`${label}: month`} inputMode="numeric" size={3} maxLength={2} value={month} placeholder="MM" onChange={(event) => build(precision, year, event.currentTarget.value)} />}
          {precision === "day" ? <input aria-label={`${label}: day`} inputMode="numeric" size={3} maxLength={2} value={day} placeholder="DD" onChange={(event) => build(precision, year, month, event.currentTarget.value)} /> : null}
        </>
      )}
    </fieldset>
  );
}
