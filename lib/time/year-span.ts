import type { Actor, Relation } from "../schema";
import { yearOf } from "../vocabulary/dates";

/** An inclusive range of whole years. */
export interface YearSpan {
  from: number;
  to: number;
}

/**
 * The years a relation counts as active. A date of month or day precision counts in its year.
 * "ongoing" runs to the dataset's present year. "unknown" means no source says when it ended,
 * so the relation is shown only in the year it is attested to start (we never extend a claim).
 */
export function relationYears(relation: Pick<Relation, "start" | "end">, presentYear: number): YearSpan {
  const from = yearOf(relation.start);
  if (relation.end === "ongoing") return { from, to: Math.max(from, presentYear) };
  if (relation.end === "unknown") return { from, to: from };
  return { from, to: yearOf(relation.end) };
}

/**
 * The years an actor is alive. Unknown bounds are open: an actor whose founding or end is
 * not known is shown for as long as the data needs it.
 */
export function actorYears(actor: Pick<Actor, "lifespan">): YearSpan {
  const lifespan = actor.lifespan;
  if (lifespan === undefined) return { from: -Infinity, to: Infinity };
  const from = lifespan.start === "unknown" ? -Infinity : yearOf(lifespan.start);
  const to = lifespan.end === "ongoing" || lifespan.end === "unknown" ? Infinity : yearOf(lifespan.end);
  return { from, to };
}

export function spanContains(span: YearSpan, year: number): boolean {
  return year >= span.from && year <= span.to;
}

export function formatYearSpan(span: YearSpan): string {
  if (span.from === span.to) return String(span.from);
  const from = span.from === -Infinity ? "…" : String(span.from);
  const to = span.to === Infinity ? "…" : String(span.to);
  return `${from}–${to}`;
}
