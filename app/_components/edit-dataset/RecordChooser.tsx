"use client";

import styles from "./edit-dataset.module.css";

/** Which record a form edits: a new one, or one of the dataset's, by id. */
export function RecordChooser({ kind, ids, value, onChange, labelOf }: { kind: string; ids: readonly string[]; value: string | null; onChange: (id: string | null) => void; labelOf?: (id: string) => string }) {
  return (
    <label className={styles.chooser}>
      Edit{" "}
      <select value={value ?? ""} onChange={(event) => onChange(event.currentTarget.value === "" ? null : event.currentTarget.value)} data-testid={`choose-${kind}`}>
        <option value="">a new {kind}</option>
        {ids.map((id) => (
          <option key={id} value={id}>
            {labelOf === undefined ? id : labelOf(id)}
          </option>
        ))}
      </select>
    </label>
  );
}
