"use client";

import type { Source } from "@/lib/schema";
import { EVIDENCE_KINDS, type EvidenceKind, RELATION_TYPES, type RelationType } from "@/lib/vocabulary";
import { ALL_EVIDENCE, ALL_TYPES, inVocabularyOrder, type RelationFilters } from "@/lib/filters";
import { EdgeSwatch } from "../legend/Swatches";
import styles from "./filters.module.css";

interface FiltersProps {
  filters: RelationFilters;
  sources: readonly Source[];
  onChange: (filters: RelationFilters) => void;
}

/** Which relations the map draws: by type, by evidence kind, by source. */
export function Filters({ filters, sources, onChange }: FiltersProps) {
  const toggleType = (type: RelationType, on: boolean) =>
    onChange({ ...filters, types: inVocabularyOrder(ALL_TYPES, on ? [...filters.types, type] : filters.types.filter((t) => t !== type)) });
  const toggleEvidence = (kind: EvidenceKind, on: boolean) =>
    onChange({ ...filters, evidence: inVocabularyOrder(ALL_EVIDENCE, on ? [...filters.evidence, kind] : filters.evidence.filter((k) => k !== kind)) });
  const sortedSources = [...sources].sort((a, b) => a.title.localeCompare(b.title, "en"));

  return (
    <div className={styles.filters}>
      <fieldset className={styles.group}>
        <legend>Relation types</legend>
        <div className={styles.bulk}>
          <button type="button" onClick={() => onChange({ ...filters, types: [...ALL_TYPES] })} disabled={filters.types.length === ALL_TYPES.length}>
            All
          </button>
          <button type="button" onClick={() => onChange({ ...filters, types: [] })} disabled={filters.types.length === 0}>
            None
          </button>
        </div>
        <ul className={styles.options}>
          {ALL_TYPES.map((type) => (
            <li key={type}>
              <label title={RELATION_TYPES[type].description}>
                <input type="checkbox" name="types" value={type} checked={filters.types.includes(type)} onChange={(event) => toggleType(type, event.target.checked)} />
                <EdgeSwatch type={type} />
                {RELATION_TYPES[type].label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Evidence</legend>
        <p className={styles.hint}>A relation shows when one of its claims is of a ticked kind.</p>
        <ul className={styles.options}>
          {ALL_EVIDENCE.map((kind) => (
            <li key={kind}>
              <label>
                <input type="checkbox" name="evidence" value={kind} checked={filters.evidence.includes(kind)} onChange={(event) => toggleEvidence(kind, event.target.checked)} />
                {EVIDENCE_KINDS[kind]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <label className={styles.source}>
        <span>Source</span>
        <select value={filters.source ?? ""} onChange={(event) => onChange({ ...filters, source: event.target.value === "" ? null : event.target.value })}>
          <option value="">Any source</option>
          {sortedSources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.outlet === undefined ? source.title : `${source.title} (${source.outlet})`}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
