"use client";

import { useId, useState } from "react";
import { cachedCentralityAt, formatScore, mostConnected } from "@/lib/analysis/centrality";
import type { AllianceModel } from "@/lib/graph";
import { relationsByCounterpart } from "@/lib/view";
import styles from "./analysis.module.css";

export interface ActorAnalysisProps {
  model: AllianceModel;
  actorId: string;
  year: number;
  /** Opens the dyad view for this actor and another; absent where there is no dyad view. */
  onCompareWith?: (actorId: string, otherId: string) => void;
}

/** The actor panel's analysis section: its centrality in the year shown, and "compare with…". */
export function ActorAnalysis({ model, actorId, year, onCompareWith }: ActorAnalysisProps) {
  const selectId = useId();
  const counterparts = relationsByCounterpart(model, actorId).map((row) => row.counterpart).filter((actor) => actor.id !== actorId);
  const [other, setOther] = useState(counterparts[0]?.id ?? "");
  const centrality = cachedCentralityAt(model, year);
  const own = centrality.get(actorId);
  const ranked = mostConnected(centrality, Number.MAX_SAFE_INTEGER);
  const rank = ranked.findIndex((entry) => entry.actorId === actorId);
  return (
    <section className={styles.panel} aria-label="Influence and comparison" data-testid="actor-analysis">
      <h3 className={styles.title}>Influence in {year}</h3>
      {own === undefined || own.degree === 0 ? (
        <p className={styles.hint}>No relations in {year}.</p>
      ) : (
        <dl className={styles.stats} data-testid="actor-centrality">
          <dt>Counterparts (degree)</dt>
          <dd>
            {own.degree}
            {rank >= 0 ? ` — ${ordinal(rank + 1)} most connected of ${ranked.length}` : ""}
          </dd>
          <dt>Go-between (betweenness)</dt>
          <dd>{own.betweenness === 0 ? "0: on no other pair's shortest path" : `on ${formatScore(own.betweenness)} pairs' shortest paths`}</dd>
        </dl>
      )}
      {onCompareWith !== undefined && counterparts.length > 0 ? (
        <div className={styles.row}>
          <label htmlFor={selectId}>Compare with…</label>
          <select id={selectId} value={other} onChange={(event) => setOther(event.target.value)}>
            {counterparts.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
          <button type="button" className={styles.plain} onClick={() => other !== "" && onCompareWith(actorId, other)}>
            Show their history
          </button>
        </div>
      ) : null}
    </section>
  );
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th"}`;
}
