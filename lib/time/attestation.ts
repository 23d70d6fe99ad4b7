import type { Relation } from "../schema";
import { relationTypeInfo } from "../vocabulary/vocabulary";
import { type DaySpan, earliestDay, latestDay, shiftDay } from "./day-span";

/**
 * How long a relation with no stated end is assumed to go on after its last attested date when
 * nothing closes it sooner: to the end of the fifth year after. Past that, a line would say more
 * about the sources' silence than about the relation.
 */
export const CONTINUATION_HORIZON_YEARS = 5;

/** Where the last attested date comes from. */
export type AttestationBasis =
  /** A source says when it ended: the end is the last attested date, and nothing continues. */
  | "stated-end"
  /** The data records its last dated event (`lastAttested`). */
  | "recorded"
  /** "ongoing": its sources say it still held when they reported, so it is attested to their latest report. */
  | "reported"
  /** Nothing later than its start is attested. */
  | "start";

/** What ends an unattested continuation; `date` is the closer's own date as the data gives it. */
export type Closure =
  /** A later relation of the opposite sign between the same two actors starts. */
  | { kind: "contrary"; relationId: string; date: string }
  /** A later relation of the same type between the same two actors starts: the tie attested afresh takes over. */
  | { kind: "renewed"; relationId: string; date: string }
  /** One of the two actors ceases to exist. */
  | { kind: "actor-end"; actorId: string; date: string }
  /** CONTINUATION_HORIZON_YEARS after the last attested year. */
  | { kind: "horizon"; date: string }
  /** The dataset's present: the data says nothing later at all. */
  | { kind: "present"; date: string };

export interface Attestation {
  basis: AttestationBasis;
  /** The last date a source attests it, at the precision the data gives ("2018", "2018-07"). */
  lastAttested: string;
  /** The days attested: from its start to its last attested date (not past its latest report). */
  attested: DaySpan;
  /** After that, without a stated end: the days it is assumed to go on, and what stops it. null when nothing continues. */
  continuation: (DaySpan & { closedBy: Closure }) | null;
}

/** What the rule needs to know beyond the relation itself. */
export interface AttestationFacts {
  /** The dataset's present year (the latest year the data names). */
  present: number;
  /** When a source reported, as a partial date: the retold report's date for a retelling. */
  reportDate: (sourceId: string) => string | undefined;
  /** An actor's dated end, or null when it has none (ongoing, unknown, no lifespan). */
  actorEnd: (actorId: string) => string | null;
  /** Every other relation between the same two actors, either way round. */
  pairRelations: readonly Pick<Relation, "id" | "type" | "start">[];
}

/**
 * The one rule of time (README "Time as the sources tell it"): a relation is attested from its
 * start to its last attested date; after that, unless a source states its end, it continues as
 * "not attested since" until the first of: a later contrary relation of the pair starts, a later
 * relation of the same type renews it, one of the two actors ends, the horizon, or the dataset's present. Works on days, so any resolution
 * (a year, a month) reads it the same way: a period holds it when one of its days does.
 */
export function attestationOf(relation: Pick<Relation, "id" | "source" | "target" | "type" | "start" | "end" | "lastAttested" | "claims">, facts: AttestationFacts): Attestation {
  const start = earliestDay(relation.start);
  if (relation.end !== "ongoing" && relation.end !== "unknown") {
    return { basis: "stated-end", lastAttested: relation.end, attested: { from: start, to: latestDay(relation.end) }, continuation: null };
  }
  const reports = relation.claims.map((claim) => facts.reportDate(claim.source)).filter((date): date is string => date !== undefined);
  const latestReport = reports.reduce<string | null>((latest, date) => (latest === null || latestDay(date) > latestDay(latest) ? date : latest), null);
  const { basis, lastAttested } = lastAttestedOf(relation, latestReport);
  // A source cannot attest past the day it reported (a 2018 start reported in July 2018 is attested to July).
  let to = latestDay(lastAttested);
  if (latestReport !== null && latestDay(latestReport) < to && latestDay(latestReport) >= start) to = latestDay(latestReport);
  const attested = { from: start, to };
  return { basis, lastAttested, attested, continuation: continuationAfter(relation, attested, facts) };
}

function lastAttestedOf(relation: Pick<Relation, "start" | "end" | "lastAttested">, latestReport: string | null): { basis: AttestationBasis; lastAttested: string } {
  if (relation.lastAttested !== undefined) return { basis: "recorded", lastAttested: relation.lastAttested };
  if (relation.end === "ongoing" && latestReport !== null && latestDay(latestReport) > latestDay(relation.start)) return { basis: "reported", lastAttested: latestReport };
  return { basis: "start", lastAttested: relation.start };
}

function continuationAfter(relation: Pick<Relation, "id" | "source" | "target" | "type">, attested: DaySpan, facts: AttestationFacts): Attestation["continuation"] {
  const from = shiftDay(attested.to, 1);
  // Each candidate: the closure and the last day the continuation may still hold. Ties keep this order.
  const candidates: { closedBy: Closure; lastDay: string }[] = [];
  const sign = relationTypeInfo(relation.type).sign;
  const contrary = firstLater(relation, attested, facts.pairRelations, (other) => sign !== 0 && relationTypeInfo(other.type).sign === -sign);
  if (contrary !== null) candidates.push({ closedBy: { kind: "contrary", relationId: contrary.id, date: contrary.start }, lastDay: shiftDay(earliestDay(contrary.start), -1) });
  const renewed = firstLater(relation, attested, facts.pairRelations, (other) => other.type === relation.type);
  if (renewed !== null) candidates.push({ closedBy: { kind: "renewed", relationId: renewed.id, date: renewed.start }, lastDay: shiftDay(earliestDay(renewed.start), -1) });
  for (const actorId of [relation.source, relation.target]) {
    const end = facts.actorEnd(actorId);
    if (end !== null) candidates.push({ closedBy: { kind: "actor-end", actorId, date: end }, lastDay: latestDay(end) });
  }
  candidates.push({ closedBy: { kind: "present", date: String(facts.present) }, lastDay: latestDay(String(facts.present).padStart(4, "0")) });
  const horizon = String(Number(attested.to.slice(0, 4)) + CONTINUATION_HORIZON_YEARS).padStart(4, "0");
  candidates.push({ closedBy: { kind: "horizon", date: horizon }, lastDay: latestDay(horizon) });
  const first = candidates.reduce((best, candidate) => (candidate.lastDay < best.lastDay ? candidate : best));
  return first.lastDay < from ? null : { from, to: first.lastDay, closedBy: first.closedBy };
}

/** The earliest other relation of the pair that starts after the attested days and is of the kind asked. */
function firstLater(
  relation: Pick<Relation, "id">,
  attested: DaySpan,
  others: AttestationFacts["pairRelations"],
  isKind: (other: Pick<Relation, "type">) => boolean,
): Pick<Relation, "id" | "start"> | null {
  let first: Pick<Relation, "id" | "start"> | null = null;
  for (const other of others) {
    if (other.id === relation.id || !isKind(other) || earliestDay(other.start) <= attested.to) continue;
    if (first === null || earliestDay(other.start) < earliestDay(first.start)) first = other;
  }
  return first;
}
