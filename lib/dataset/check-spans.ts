import type { Actor, PartialDate } from "../schema";
import type { Problem } from "./problem";
import type { ParsedRecords } from "./records";
import { canPrecede, dateRange } from "../vocabulary";

function isDate(value: string): value is PartialDate {
  return value !== "ongoing" && value !== "unknown";
}

/** Start never after end (at the precision each is known), for relations and lifespans. */
export function checkSpans(records: ParsedRecords): Problem[] {
  const problems: Problem[] = [];
  for (const { value: relation, file } of records.relations) {
    if (isDate(relation.end) && !canPrecede(relation.start, relation.end)) {
      problems.push({ severity: "error", file, record: relation.id, field: "end", message: `ends (${relation.end}) before it starts (${relation.start}): expected end on or after start` });
    }
    const lastAttested = relation.lastAttested;
    if (lastAttested !== undefined && isDate(relation.end)) {
      problems.push({ severity: "error", file, record: relation.id, field: "lastAttested", message: `a dated end (${relation.end}) is itself the last attested date: drop lastAttested, or make the end "unknown" if no source says it ended` });
    } else if (lastAttested !== undefined && !canPrecede(relation.start, lastAttested)) {
      problems.push({ severity: "error", file, record: relation.id, field: "lastAttested", message: `last attested (${lastAttested}) before it starts (${relation.start})` });
    }
  }
  for (const { value: actor, file } of records.actors) {
    const lifespan = actor.lifespan;
    if (lifespan === undefined || !isDate(lifespan.start) || !isDate(lifespan.end)) continue;
    if (!canPrecede(lifespan.start, lifespan.end)) {
      problems.push({ severity: "error", file, record: actor.id, field: "lifespan.end", message: `lifespan ends (${lifespan.end}) before it starts (${lifespan.start})` });
    }
  }
  return problems;
}

/** A relation dated outside either actor's lifespan is suspicious, though sources sometimes use a name loosely. */
export function checkLifespans(records: ParsedRecords): Problem[] {
  const actors = new Map<string, Actor>(records.actors.map(({ value }) => [value.id, value]));
  const problems: Problem[] = [];
  for (const { value: relation, file } of records.relations) {
    for (const end of ["source", "target"] as const) {
      const actor = actors.get(relation[end]);
      const lifespan = actor?.lifespan;
      if (actor === undefined || lifespan === undefined) continue;
      if (isDate(lifespan.start) && dateRange(relation.start).latest < dateRange(lifespan.start).earliest) {
        problems.push({ severity: "warning", file, record: relation.id, field: "start", message: `starts ${relation.start}, before ${end} "${actor.id}" exists (lifespan starts ${lifespan.start})` });
      }
      // A successor outlives what it continues: that is what lineage means, not a dating slip.
      const predecessor = relation.type === "continues" && end === "target";
      if (isDate(lifespan.end) && !predecessor) {
        const endsLater = relation.end === "ongoing" || (isDate(relation.end) && dateRange(relation.end).earliest > dateRange(lifespan.end).latest);
        const startsLater = dateRange(relation.start).earliest > dateRange(lifespan.end).latest;
        if (endsLater || startsLater) {
          problems.push({ severity: "warning", file, record: relation.id, field: startsLater ? "start" : "end", message: `${startsLater ? `starts ${relation.start}` : `ends ${relation.end}`}, after ${end} "${actor.id}" ceased to exist (lifespan ends ${lifespan.end})` });
        }
      }
    }
  }
  return problems;
}
