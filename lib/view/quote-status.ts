import type { Dataset } from "../schema";

/** What every view and export says of a quote that was not checked against its source's text. */
export const NOT_VERIFIED = "not verified against its source";

/** False when the dataset was served without a corpus for this source (ALLEGIANCES_UNVERIFIED=1). */
export function isQuoteVerified(dataset: Pick<Dataset, "unverifiedSources">, sourceId: string): boolean {
  return !dataset.unverifiedSources.includes(sourceId);
}

/** The notice for a dataset with unverified quotes, or null when every quote was checked. */
export function unverifiedNotice(dataset: Pick<Dataset, "unverifiedSources" | "sources">): string | null {
  const count = dataset.unverifiedSources.length;
  if (count === 0) return null;
  const all = count === dataset.sources.length;
  return `${all ? "No quote" : `The quotes of ${count} of ${dataset.sources.length} sources`} in this dataset ${all ? "was" : "were not"} verified against ${all ? "its source" : "their sources"}: the source texts were not available.`;
}
