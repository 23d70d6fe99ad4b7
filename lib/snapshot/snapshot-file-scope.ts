import type { SnapshotFileScope } from "../schema";
import type { SnapshotScope } from "./snapshot-of";

/** A scope as the JSON snapshot file records it: the year (and month) and the filters, flattened. */
export function snapshotFileScope(scope: SnapshotScope): SnapshotFileScope {
  const month = scope.month ?? null;
  return { year: scope.year, ...(month === null ? {} : { month }), types: [...scope.filters.types], evidence: [...scope.filters.evidence], source: scope.filters.source };
}
