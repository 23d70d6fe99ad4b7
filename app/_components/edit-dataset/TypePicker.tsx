"use client";

import { RELATION_TYPE_IDS, type RelationType, relationTypeInfo } from "@/lib/vocabulary";
import styles from "./edit-dataset.module.css";

const SIGN = { 1: "friendly", 0: "neutral", [-1]: "hostile" } as const;

/** A relation type from the vocabulary, with what its direction means for the two actors chosen. */
export function TypePicker({ value, onChange, sourceName, targetName }: { value: RelationType; onChange: (type: RelationType) => void; sourceName: string; targetName: string }) {
  const info = relationTypeInfo(value);
  return (
    <div className={styles.field}>
      <label>
        Type{" "}
        <select value={value} onChange={(event) => onChange(event.currentTarget.value as RelationType)} data-testid="relation-type">
          {RELATION_TYPE_IDS.map((type) => (
            <option key={type} value={type}>
              {relationTypeInfo(type).label}
            </option>
          ))}
        </select>
      </label>
      <p className={styles.hint} data-testid="relation-type-direction">
        {info.directed ? `Directed: reads “${sourceName} ${info.verb} ${targetName}” (source → target).` : `Mutual: “${sourceName} ${info.verb} ${targetName}”; the order of the two means nothing.`} {info.description} ({SIGN[info.sign]})
      </p>
    </div>
  );
}
