import type { SnapshotRecords } from "../snapshot";
import { momentLabel } from "../time";

/** One sentence saying what an export holds: the year (or all years), the counts and the filters. */
export function describeScope(snapshot: SnapshotRecords): string {
  const { year, filters } = snapshot.scope;
  const month = snapshot.scope.month ?? null;
  const when = year === null ? "all years" : month === null ? `the year ${year}` : momentLabel({ year, month });
  return `Allegiances snapshot of ${when}: ${snapshot.actors.length} actors, ${snapshot.relations.length} relations; types ${filters.types.join(", ")}; evidence ${filters.evidence.join(", ")}${filters.source === null ? "" : `; source ${filters.source}`}.`;
}
