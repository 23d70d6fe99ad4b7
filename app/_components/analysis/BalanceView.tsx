"use client";

import { type Triad, triadKey, triadReason, type YearBalance } from "@/lib/analysis";
import type { AllianceModel } from "@/lib/graph";
import { pairName, RelationButton } from "./RelationButton";
import styles from "./analysis.module.css";
import { actorName } from "@/lib/view";

export interface BalanceViewProps {
  model: AllianceModel;
  year: number;
  triads: readonly Triad[];
  balance: YearBalance | undefined;
  highlighted: string | null;
  onHighlight: (key: string | null) => void;
  onSelectRelation: (id: string) => void;
}

const GROUPS = [
  { status: "unbalanced", heading: "Unbalanced", open: true },
  { status: "contested", heading: "Contested", open: true },
  { status: "balanced", heading: "Balanced", open: false },
] as const;

/** Every triad of the year, grouped by verdict (the strained ones first and open), each explained and sourced. */
export function BalanceView({ model, year, triads, balance, highlighted, onHighlight, onSelectRelation }: BalanceViewProps) {
  const nameOf = (id: string) => actorName(model, id);
  const counts = balance ?? { balanced: 0, unbalanced: 0, contested: 0, share: null };
  return (
    <div>
      <p className={styles.hint}>
        A triad is three actors tied pairwise by friendly (+) or hostile (−) relations in a year. It is <strong>balanced</strong> with an even number of hostile ties (friends of friends are
        friends; the enemy of my enemy is my friend) and <strong>unbalanced</strong> with an odd number. Talks (negotiates) carry no sign.
      </p>
      <p data-testid="balance-summary">
        {year}: {triads.length} {triads.length === 1 ? "triad" : "triads"} — {counts.balanced} balanced, <strong>{counts.unbalanced} unbalanced</strong>, <strong>{counts.contested} contested</strong>
        {counts.share === null ? "." : ` (${Math.round(counts.share * 100)}% of the classifiable ones balanced).`}
      </p>
      {triads.length === 0 ? <p className={styles.hint}>No triads in {year}.</p> : null}
      {GROUPS.map(({ status, heading, open }) => {
        const group = triads.filter((t) => t.status === status);
        if (group.length === 0) return null;
        return (
          <details key={status} open={open} data-testid={`triads-${status}`}>
            <summary>
              {heading} ({group.length})
            </summary>
            <ul className={styles.list} aria-label={`${heading} triads in ${year}`}>
              {group.map((triad) => (
                <TriadItem key={triadKey(triad)} model={model} triad={triad} nameOf={nameOf} highlighted={highlighted} onHighlight={onHighlight} onSelectRelation={onSelectRelation} />
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}

function TriadItem(props: { model: AllianceModel; triad: Triad; nameOf: (id: string) => string; highlighted: string | null; onHighlight: (key: string | null) => void; onSelectRelation: (id: string) => void }) {
  const { model, triad, nameOf, highlighted, onHighlight, onSelectRelation } = props;
  const key = triadKey(triad);
  const on = highlighted === key;
  return (
    <li data-status={triad.status} data-triad={key}>
      <div className={styles.row}>
        <h4>
          {triad.actors.map(nameOf).join(", ")} <span className={styles.muted}>— {triad.status}</span>
        </h4>
        <button type="button" className={styles.plain} aria-pressed={on} onClick={() => onHighlight(on ? null : key)}>
          {on ? "Highlighted on the map" : "Highlight on the map"}
        </button>
      </div>
      <p className={styles.hint}>{triadReason(triad, nameOf)}</p>
      <ul className={styles.items}>
        {triad.pairs.map((pair) => (
          <li key={pair.key}>
            <span className={styles.badge}>{pair.sign === "contested" ? "± contested" : pair.sign === 1 ? "+ friendly" : "− hostile"}</span>
            <span>
              {pairName(model, pair.actors)}:{" "}
              {[...pair.positive, ...pair.negative].map((id, index) => (
                <span key={id}>
                  {index > 0 ? "; " : null}
                  <RelationButton model={model} relationId={id} onSelect={onSelectRelation} />
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}
