"use client";

import { useId } from "react";
import { CONTEST_RULES, type ContestRule, contestReason, type SignOptions, tallyTriads, type Triad, triadKey, triadReason } from "@/lib/analysis";
import { type Moment, momentLabel } from "@/lib/time";
import type { AllianceModel } from "@/lib/graph";
import { pairName, RelationButtons } from "./RelationButton";
import styles from "./analysis.module.css";
import { actorName, describeRelationParts, relationShortLabel } from "@/lib/view";
import { CountingNote } from "./CountingNote";

export interface BalanceViewProps {
  model: AllianceModel;
  /** The year, or the month in month mode: the triads are the period's. */
  at: Moment;
  triads: readonly Triad[];
  options: Required<SignOptions>;
  onContestRuleChange: (rule: ContestRule) => void;
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
const RULE_LABELS: Record<ContestRule, string> = {
  specific: "a relation specific to the year outweighs a background one (begun 10+ years before)",
  claims: "the side whose relations carry more claims",
  none: "do not resolve: keep them contested",
};

export function BalanceView({ model, at, triads, options, onContestRuleChange, highlighted, onHighlight, onSelectRelation }: BalanceViewProps) {
  const nameOf = (id: string) => actorName(model, id);
  const ruleId = useId();
  const counts = tallyTriads(triads);
  const year = momentLabel(at);
  return (
    <div>
      <p className={styles.hint}>
        A triad is three actors tied pairwise by friendly (+) or hostile (−) relations in a year. It is <strong>balanced</strong> with an even number of hostile ties (friends of friends are
        friends; the enemy of my enemy is my friend) and <strong>unbalanced</strong> with an odd number. Talks (negotiates) carry no sign.
      </p>
      <div className={styles.row}>
        <label htmlFor={ruleId}>A pair both friendly and hostile in the year is read by</label>
        <select id={ruleId} value={options.contestRule} onChange={(event) => onContestRuleChange(CONTEST_RULES.find((rule) => rule === event.target.value) ?? options.contestRule)} data-testid="contest-rule">
          {CONTEST_RULES.map((rule) => (
            <option key={rule} value={rule}>
              {RULE_LABELS[rule]}
            </option>
          ))}
        </select>
      </div>
      <CountingNote countsUnattested={options.countUnattested} />
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
                <TriadItem key={triadKey(triad)} model={model} at={at} triad={triad} nameOf={nameOf} highlighted={highlighted} onHighlight={onHighlight} onSelectRelation={onSelectRelation} />
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}

function TriadItem(props: { model: AllianceModel; at: Moment; triad: Triad; nameOf: (id: string) => string; highlighted: string | null; onHighlight: (key: string | null) => void; onSelectRelation: (id: string) => void }) {
  const { model, at, triad, nameOf, highlighted, onHighlight, onSelectRelation } = props;
  const describe = (id: string) => relationShortLabel(describeRelationParts(model, id), false);
  const contests = triad.pairs.map((pair) => contestReason(pair, at, nameOf, describe)).filter((reason) => reason !== null);
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
      {contests.map((reason) => (
        <p key={reason} className={styles.contest} data-testid="contest-reason">
          <span aria-hidden="true">± </span>
          {reason}
        </p>
      ))}
      <ul className={styles.items}>
        {triad.pairs.map((pair) => (
          <li key={pair.key}>
            <span className={styles.badge}>{pair.sign === "contested" ? "± contested" : pair.contest !== null ? (pair.sign === 1 ? "± read as friendly" : "± read as hostile") : pair.sign === 1 ? "+ friendly" : "− hostile"}</span>
            <span>
              {pairName(model, pair.actors)}: <SideList label="friendly" ids={pair.contest === null ? [] : pair.positive} model={model} onSelectRelation={onSelectRelation} />
              {pair.contest === null ? <SideList label="" ids={[...pair.positive, ...pair.negative]} model={model} onSelectRelation={onSelectRelation} /> : null}
              {pair.contest !== null ? (
                <>
                  {" "}
                  <SideList label="hostile" ids={pair.negative} model={model} onSelectRelation={onSelectRelation} />
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** One side of a pair's relations, each one click from its quotes; a contested pair shows both sides, labelled. */
function SideList({ label, ids, model, onSelectRelation }: { label: string; ids: readonly string[]; model: AllianceModel; onSelectRelation: (id: string) => void }) {
  if (ids.length === 0) return null;
  return (
    <span data-side={label === "" ? undefined : label}>
      {label === "" ? null : <em>{label}: </em>}
      <RelationButtons model={model} ids={ids} onSelect={onSelectRelation} />
      {label === "" ? null : ". "}
    </span>
  );
}

