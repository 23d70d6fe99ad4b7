"use client";

import { useId } from "react";
import { type BlocMemberFlag, blocReasons, cachedBlocsByYear } from "@/lib/analysis/blocs";
import type { SignOptions } from "@/lib/analysis";
import { CountingNote } from "./CountingNote";
import { RelationButtons } from "./RelationButton";
import { cachedCentralityAt, formatScore, mostConnected } from "@/lib/analysis/centrality";
import type { AllianceModel } from "@/lib/graph";
import { blocEncoding } from "@/lib/canvas";
import styles from "./analysis.module.css";
import { actorName } from "@/lib/view";

export interface BlocsViewProps {
  model: AllianceModel;
  year: number;
  blocColours: boolean;
  options: Required<SignOptions>;
  onSelectActor: (id: string) => void;
  onSelectRelation: (id: string) => void;
}

const FLAG_WORDS: Record<BlocMemberFlag["kind"], string> = {
  weak: "weak tie: a single friendly relation with",
  contested: "contested: also hostile relations with",
  hostile: "at odds with",
};

/**
 * The year's alliance blocs (communities of friendly ties) and its most connected actors. It
 * computes both itself, so Louvain and the centrality metrics load with this view (lazily).
 */
export function BlocsView({ model, year, blocColours, options, onSelectActor, onSelectRelation }: BlocsViewProps) {
  const headingId = useId();
  const blocs = cachedBlocsByYear(model, options).get(year) ?? [];
  const ranked = mostConnected(cachedCentralityAt(model, year, options.countUnattested), 8);
  const nameOf = (id: string) => actorName(model, id);
  const actorButton = (id: string) => (
    <button type="button" className={`link-button ${styles.linkButton}`} onClick={() => onSelectActor(id)}>
      {nameOf(id)}
    </button>
  );
  return (
    <div className={styles.columns}>
      <section aria-labelledby={`${headingId}-blocs`}>
        <h3 id={`${headingId}-blocs`}>Blocs in {year}</h3>
        <p className={styles.hint}>
          Groups of actors bound more tightly by friendly relations among themselves than with others (Louvain communities on the friendly ties, seeded so a year always gives the
          same blocs). Hostile ties do not enter the computation; they are flagged below when they run inside a bloc. A pair both friendly and hostile counts as the balance&apos;s contest
          rule reads it. A bloc keeps its colour from year to year while it persists.
          {blocColours ? "" : " Switch on “Colour by bloc” to ring the actors on the map."}
        </p>
        <CountingNote countsUnattested={options.countUnattested} />
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
                <BlocWhy model={model} year={year} members={bloc.members} options={options} nameOf={nameOf} onSelectRelation={onSelectRelation} />
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

/** What holds a bloc: its friendly ties, strongest first, each one click from its quotes; and its doubtful members. */
function BlocWhy(props: { model: AllianceModel; year: number; members: readonly string[]; options: Required<SignOptions>; nameOf: (id: string) => string; onSelectRelation: (id: string) => void }) {
  const { model, year, members, options, nameOf, onSelectRelation } = props;
  const { ties, flags } = blocReasons(model, year, members, options);
  return (
    <>
      <details data-testid="bloc-ties">
        <summary>
          Held together by {ties.length} friendly {ties.length === 1 ? "tie" : "ties"} ({ties.reduce((sum, tie) => sum + tie.relations.length, 0)} relations), strongest first
        </summary>
        <ul className={styles.items}>
          {ties.map((tie) => (
            <li key={tie.actors.join("|")} data-tie={tie.actors.join("|")}>
              <strong>
                {tie.actors.map(nameOf).join(" – ")} ({tie.relations.length})
              </strong>
              {tie.contested ? <span className={styles.badge}>± contested</span> : null}:{" "}
              <RelationButtons model={model} ids={tie.relations} onSelect={onSelectRelation} />
            </li>
          ))}
        </ul>
      </details>
      {flags.length > 0 ? (
        <ul className={styles.items} aria-label="Members with a doubtful hold on the bloc" data-testid="bloc-flags">
          {flags.map((flag) => (
            <li key={`${flag.actorId}-${flag.kind}`} data-flag={flag.kind}>
              <span className={styles.badge}>⚑ {nameOf(flag.actorId)}</span> {FLAG_WORDS[flag.kind]} {flag.with.map(nameOf).join(", ")}:{" "}
              <RelationButtons model={model} ids={flag.relations} onSelect={onSelectRelation} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
