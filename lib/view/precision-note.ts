import type { Relation } from "../schema";
import { type Moment, momentLabel } from "../time/moment";
import { dateParts } from "../vocabulary/dates";

/**
 * In a month view, what a bound given only to the year means for that month: the relation counts
 * in every month of the year, so the reader must not read "in October" into a source that says "in 2001".
 * null at year resolution, or when the month's bounds are as precise as the month.
 */
export function precisionNoteIn(relation: Pick<Relation, "start" | "end">, at: Moment): string | null {
  if (at.month === null) return null;
  const bounds = [
    { name: "start", date: relation.start },
    { name: "end", date: relation.end },
  ].filter((bound) => {
    const parts = dateParts(bound.date);
    return parts !== null && parts.month === null && parts.year === at.year;
  });
  if (bounds.length === 0) return null;
  const which = bounds.length === 2 ? "Its start and end are" : `Its ${bounds[0]?.name ?? "start"} is`;
  return `Year-precise: ${which} dated to ${at.year} only, so it counts in every month of ${at.year}, ${momentLabel(at)} included.`;
}
