import type { SnapshotRecords } from "../snapshot";

/** One sentence saying what an export holds: the year (or all years), the counts and the filters. */
export function describeScope(snapshot: SnapshotRecords): string {
  const { year, filters } = snapshot.scope;
  const when = year === null ? "all years" : `the year ${year}`;
  return `Allegiances snapshot of ${when}: ${snapshot.actors.length} actors, ${snapshot.relations.length} relations; types ${filters.types.join(", ")}; evidence ${filters.evidence.join(", ")}${filters.source === null ? "" : `; source ${filters.source}`}.`;
}
