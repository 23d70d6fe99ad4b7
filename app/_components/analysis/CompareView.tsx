"use client";

import { useId } from "react";
import { changesByPair, type PairChanges, type YearComparison } from "@/lib/analysis";
import type { AllianceModel } from "@/lib/graph";
import { attestationStatusIn, describeAttestation } from "@/lib/view";
import { ChangeBadge, CompareLegend, SilentBadge } from "./CompareLegend";
import { CountingNote } from "./CountingNote";
import { pairName, RelationButton } from "./RelationButton";
import styles from "./analysis.module.css";

export interface CompareViewProps {
  model: AllianceModel;
  year: number;
  compareYear: number | null;
  /** The diff, with the filters applied; null when not comparing. */
  comparison: YearComparison | null;
  onCompareYearChange: (year: number | null) => void;
  onSelectRelation: (id: string) => void;
}

/** Pick a second year; see what formed, ended and held between the two, pair by pair. */
export function CompareView({ model, year, compareYear, comparison, onCompareYearChange, onSelectRelation }: CompareViewProps) {
  const selectId = useId();
  const years: number[] = [];
  for (let y = model.years.first; y <= model.years.last; y += 1) years.push(y);
  return (
    <div>
      <div className={styles.row}>
        <label htmlFor={selectId}>Compare {year} with</label>
        <select id={selectId} value={compareYear === null ? "" : String(compareYear)} onChange={(event) => onCompareYearChange(event.target.value === "" ? null : Number(event.target.value))}>
          <option value="">— no second year —</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        {compareYear !== null ? (
          <button type="button" className={styles.plain} onClick={() => onCompareYearChange(null)}>
            Stop comparing
          </button>
        ) : null}
      </div>
      {comparison === null ? (
        <p className={styles.hint}>{compareYear === year ? "Pick a year other than the one shown." : "Pick a second year to see which relations formed, ended, fell silent and held between the two."}</p>
      ) : (
        <ComparisonList model={model} comparison={comparison} onSelectRelation={onSelectRelation} />
      )}
    </div>
  );
}

function ComparisonList({ model, comparison, onSelectRelation }: { model: AllianceModel; comparison: YearComparison; onSelectRelation: (id: string) => void }) {
  const groups = changesByPair(model, comparison);
  const changes = (group: PairChanges) => group.formed.length + group.ended.length + group.noLongerAttested.length;
  const changed = groups.filter((group) => changes(group) > 0);
  const heldOnly = groups.filter((group) => changes(group) === 0);
  const { earlier, later, formed, ended, noLongerAttested, held } = comparison;
  return (
    <>
      <CompareLegend earlier={earlier} later={later} />
      <CountingNote countsUnattested={comparison.countsUnattested} />
      <p data-testid="compare-summary">
        From {earlier} to {later}: <strong>{formed.length} formed</strong>, <strong>{ended.length} ended</strong> (a source says so),{" "}
        <strong>{noLongerAttested.length} no longer attested</strong> (no source ends them), {held.length} held. The map shows both years&apos; relations.
      </p>
      {changed.length === 0 ? <p className={styles.hint}>Nothing formed, ended or fell silent between these years.</p> : null}
      <ul className={styles.list} aria-label={`Changes from ${earlier} to ${later}, by pair`} data-testid="compare-list">
        {changed.map((group) => (
          <PairEntry key={group.key} model={model} group={group} kinds={["formed", "ended", "noLongerAttested", "held"]} later={later} onSelectRelation={onSelectRelation} />
        ))}
      </ul>
      {heldOnly.length > 0 ? (
        <details>
          <summary>
            {heldOnly.length} {heldOnly.length === 1 ? "pair" : "pairs"} whose relations held unchanged
          </summary>
          <ul className={styles.list}>
            {heldOnly.map((group) => (
              <PairEntry key={group.key} model={model} group={group} kinds={["held"]} later={later} onSelectRelation={onSelectRelation} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

type ListKind = "formed" | "ended" | "noLongerAttested" | "held";

function PairEntry({ model, group, kinds, later, onSelectRelation }: { model: AllianceModel; group: PairChanges; kinds: ListKind[]; later: number; onSelectRelation: (id: string) => void }) {
  return (
    <li data-pair={group.key}>
      <h4>{pairName(model, group.actors)}</h4>
      <ul className={styles.items}>
        {kinds.flatMap((kind) =>
          group[kind].map((id) => (
            <li key={id} data-change={kind === "noLongerAttested" ? "no-longer-attested" : kind}>
              {kind === "noLongerAttested" ? <SilentBadge /> : <ChangeBadge kind={kind} />}
              <RelationButton model={model} relationId={id} onSelect={onSelectRelation} />
              {kind === "noLongerAttested" ? <span className={styles.hint}> {silenceNote(model, id, later)}</span> : null}
            </li>
          )),
        )}
      </ul>
    </li>
  );
}

/** Why a relation is "no longer attested" rather than ended: when it was last seen, and whether it still shows. */
function silenceNote(model: AllianceModel, id: string, later: number): string {
  const { lastAttestedYear, closedBy } = describeAttestation(model, id);
  const still = attestationStatusIn(model, id, later) === "unattested";
  if (still) return `— last attested ${lastAttestedYear}; no source ends it, so it continues, unattested, in ${later}.`;
  return `— last attested ${lastAttestedYear}; no source ends it${closedBy === null ? "" : `; the map stops assuming it at ${closedBy.text}`}.`;
}
