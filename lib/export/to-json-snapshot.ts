import type { SnapshotFile } from "../schema";
import { snapshotFileScope, type SnapshotRecords } from "../snapshot";

/** The dataset's own format in one file: `npm run validate -- --data FILE` and the app accept it. */
export function toJsonSnapshot(snapshot: SnapshotRecords, compact = false): string {
  const file: SnapshotFile = {
    snapshot: snapshotFileScope(snapshot.scope),
    actors: snapshot.actors,
    sources: snapshot.sources,
    relations: snapshot.relations,
    disputes: snapshot.disputes,
    ...(snapshot.unverifiedSources.length > 0 ? { unverifiedSources: snapshot.unverifiedSources } : {}),
  };
  return JSON.stringify(file, null, compact ? undefined : 2) + "\n";
}
