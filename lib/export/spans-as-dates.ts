import type { Actor, Relation } from "../schema";
import { dateRange } from "../vocabulary/dates";

/** A time interval as full dates (YYYY-MM-DD); undefined means open on that side. */
export interface DateInterval {
  start: string | undefined;
  end: string | undefined;
}

/**
 * A relation's interval at the precision the data gives: a partial start takes its first day,
 * a partial end its last day; "ongoing" stays open; "unknown" ends with its start year, as the
 * explorer shows it.
 */
export function relationInterval(relation: Pick<Relation, "start" | "end">): DateInterval {
  const start = dateRange(relation.start).earliest;
  if (relation.end === "ongoing") return { start, end: undefined };
  if (relation.end === "unknown") return { start, end: `${start.slice(0, 4)}-12-31` };
  return { start, end: dateRange(relation.end).latest };
}

/** An actor's interval: its lifespan, widened to hold the intervals of every relation it takes part in. */
export function actorInterval(actor: Pick<Actor, "lifespan">, relationIntervals: readonly DateInterval[]): DateInterval {
  const lifespan = actor.lifespan;
  let start = lifespan === undefined || lifespan.start === "unknown" ? undefined : dateRange(lifespan.start).earliest;
  let end = lifespan === undefined || lifespan.end === "ongoing" || lifespan.end === "unknown" ? undefined : dateRange(lifespan.end).latest;
  for (const interval of relationIntervals) {
    if (start !== undefined && interval.start !== undefined && interval.start < start) start = interval.start;
    if (end !== undefined && (interval.end === undefined || interval.end > end)) end = interval.end;
  }
  return { start, end };
}
