import type { SnapshotFileScope } from "../schema";
import type { SnapshotScope } from "./snapshot-of";

/** A scope as the JSON snapshot file records it: the year and the filters, flattened. */
export function snapshotFileScope(scope: SnapshotScope): SnapshotFileScope {
  return { year: scope.year, types: [...scope.filters.types], evidence: [...scope.filters.evidence], source: scope.filters.source };
}
