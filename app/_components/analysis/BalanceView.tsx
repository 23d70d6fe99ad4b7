"use client";

import { type Triad, triadKey, triadReason, type YearBalance } from "@/lib/analysis";
import type { AllianceModel } from "@/lib/graph";
import { pairName, RelationButton } from "./RelationButton";
import styles from "./analysis.module.css";
import { actorName } from "@/lib/view";

interface BalanceViewProps {
  model: AllianceModel;
  year: number;
  triads: readonly Triad[];
  balance: YearBalance | undefined;
  highlighted: string | null;
  onHighlight: (key: string | null) => void;
  onSelectRelation: (id: string) => void;
}

/** The year's triads that strain the system: unbalanced ones, then contested ones, each explained and sourced. */
export function BalanceView({ model, year, triads, balance, highlighted, onHighlight, onSelectRelation }: BalanceViewProps) {
  const nameOf = (id: string) => actorName(model, id);
  const strained = [...triads.filter((t) => t.status === "unbalanced"), ...triads.filter((t) => t.status === "contested")];
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
      {strained.length === 0 ? <p className={styles.hint}>No unbalanced or contested triads in {year}.</p> : null}
      <ul className={styles.list} aria-label={`Unbalanced and contested triads in ${year}`} data-testid="triad-list">
        {strained.map((triad) => {
          const key = triadKey(triad);
          const on = highlighted === key;
          return (
            <li key={key} data-status={triad.status} data-triad={key}>
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
        })}
      </ul>
    </div>
  );
}
