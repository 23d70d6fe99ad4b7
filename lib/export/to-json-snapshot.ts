import type { SnapshotFile } from "../schema";
import { snapshotScopeOf, type ExportSnapshot } from "./export-snapshot";

/** The dataset's own format in one file: `npm run validate -- --data FILE` and the app accept it. */
export function toJsonSnapshot(snapshot: ExportSnapshot, compact = false): string {
  const file: SnapshotFile = {
    snapshot: snapshotScopeOf(snapshot.scope),
    actors: snapshot.actors,
    sources: snapshot.sources,
    relations: snapshot.relations,
    disputes: snapshot.disputes,
  };
  return JSON.stringify(file, null, compact ? undefined : 2) + "\n";
}
