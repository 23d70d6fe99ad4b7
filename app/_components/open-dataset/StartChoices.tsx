"use client";

import styles from "./open-dataset.module.css";

/** Where building a dataset starts: nothing, the template's few real rows, or the whole built-in data. */
export type StartPoint = "scratch" | "template" | "built-in";

// Served by app/template/[file]: the same files a person could download and open by hand.
export const START_FILES: Record<Exclude<StartPoint, "scratch">, string> = {
  template: "allegiances-template-csv.zip",
  "built-in": "allegiances-data.zip",
};

export function StartChoices({ disabled, onStart }: { disabled: boolean; onStart: (start: StartPoint) => void }) {
  return (
    <p className={styles.pickers}>
      Build one in this browser, starting
      <button type="button" disabled={disabled} onClick={() => onStart("scratch")} data-testid="start-scratch">
        from scratch
      </button>
      <button type="button" disabled={disabled} onClick={() => onStart("template")} data-testid="start-template">
        from the template
      </button>
      <button type="button" disabled={disabled} onClick={() => onStart("built-in")} data-testid="start-built-in">
        from the built-in data
      </button>
    </p>
  );
}
