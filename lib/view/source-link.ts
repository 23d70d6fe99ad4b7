/** The fragment id of a claim's passage on its source's page: "claim-iran-trains-taliban-2018-0". */
export function claimAnchor(relationId: string, claimIndex: number): string {
  return `claim-${relationId}-${claimIndex}`;
}

/**
 * A source's page in the app, carrying the map's query ("?year=2018&relation=…") so its "Back to
 * the map" returns to the same view; with a claim, the fragment that scrolls to its passage.
 */
export function sourcePageHref(sourceId: string, mapQuery: string, claim: { relationId: string; index: number } | null = null): string {
  const query = mapQuery === "" || mapQuery === "?" ? "" : mapQuery.startsWith("?") ? mapQuery : `?${mapQuery}`;
  const fragment = claim === null ? "" : `#${claimAnchor(claim.relationId, claim.index)}`;
  return `/sources/${encodeURIComponent(sourceId)}${query}${fragment}`;
}
