import type { Dataset, SnapshotFile } from "../schema";

/**
 * The whole dataset in the app's one-file snapshot format (the JSON export's records, every
 * year, no scope), which Open dataset and `npm run validate -- --data FILE` read back.
 * Source texts are not in it: download the data files for those.
 */
export function snapshotTextOf(dataset: Dataset): string {
  const file: SnapshotFile = {
    actors: dataset.actors,
    sources: dataset.sources,
    relations: dataset.relations,
    disputes: dataset.disputes,
    ...(dataset.unverifiedSources.length > 0 ? { unverifiedSources: dataset.unverifiedSources } : {}),
  };
  return JSON.stringify(file, null, 2) + "\n";
}
