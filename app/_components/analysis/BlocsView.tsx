"use client";

import { useId } from "react";
import { cachedBlocsByYear } from "@/lib/analysis/blocs";
import { cachedCentralityAt, formatScore, mostConnected } from "@/lib/analysis/centrality";
import type { AllianceModel } from "@/lib/graph";
import { blocEncoding } from "@/lib/canvas";
import styles from "./analysis.module.css";
import { actorName } from "@/lib/view";

export interface BlocsViewProps {
  model: AllianceModel;
  year: number;
  blocColours: boolean;
  onSelectActor: (id: string) => void;
}

/**
 * The year's alliance blocs (communities of friendly ties) and its most connected actors. It
 * computes both itself, so Louvain and the centrality metrics load with this view (lazily).
 */
export function BlocsView({ model, year, blocColours, onSelectActor }: BlocsViewProps) {
  const headingId = useId();
  const blocs = cachedBlocsByYear(model).get(year) ?? [];
  const ranked = mostConnected(cachedCentralityAt(model, year), 8);
  const nameOf = (id: string) => actorName(model, id);
  const actorButton = (id: string) => (
    <button type="button" className={styles.linkButton} onClick={() => onSelectActor(id)}>
      {nameOf(id)}
    </button>
  );
  return (
    <div className={styles.columns}>
      <section aria-labelledby={`${headingId}-blocs`}>
        <h3 id={`${headingId}-blocs`}>Blocs in {year}</h3>
        <p className={styles.hint}>
          Groups of actors bound more tightly by friendly relations among themselves than with others (Louvain communities, seeded so a year always gives the same blocs). Pairs that were
          friendly and hostile at once are left out. A bloc keeps its colour from year to year while it persists.
          {blocColours ? "" : " Switch on “Colour by bloc” to ring the actors on the map."}
        </p>
        {blocs.length === 0 ? <p className={styles.hint}>No blocs in {year}: too few friendly ties.</p> : null}
        <ol className={styles.list} data-testid="bloc-list" aria-label={`Blocs in ${year}`}>
          {blocs.map((bloc, index) => {
            const { encoding } = blocEncoding(bloc.id);
            return (
              <li key={bloc.id} data-bloc={bloc.id}>
                <h4 className={styles.row}>
                  <span className={styles.swatch} style={{ border: `4px ${encoding.style} ${encoding.color}` }} aria-hidden="true" />
                  Bloc {index + 1} <span className={styles.muted}>({encoding.name}, {bloc.members.length} actors)</span>
                </h4>
                <p>
                  {bloc.members.map((id, i) => (
                    <span key={id}>
                      {i > 0 ? ", " : null}
                      {actorButton(id)}
                    </span>
                  ))}
                </p>
              </li>
            );
          })}
        </ol>
      </section>
      <section aria-labelledby={`${headingId}-connected`}>
        <h3 id={`${headingId}-connected`}>Most connected in {year}</h3>
        <p className={styles.hint}>Counterparts: actors it has any relation with that year. Go-between: on how many pairs&apos; shortest paths it lies.</p>
        <table className={styles.numbers} data-testid="most-connected">
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col">Counterparts</th>
              <th scope="col">Go-between</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((entry) => (
              <tr key={entry.actorId}>
                <th scope="row">{actorButton(entry.actorId)}</th>
                <td>{entry.degree}</td>
                <td>{formatScore(entry.betweenness)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
