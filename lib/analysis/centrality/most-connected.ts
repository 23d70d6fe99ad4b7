import type { Centrality } from "./centrality-of";

export interface RankedActor extends Centrality {
  actorId: string;
}

/**
 * The `limit` actors with the most counterparts; ties go to the greater go-between score, then
 * the id, so the list is the same on every run. Actors without any relation are never listed.
 */
export function mostConnected(centrality: ReadonlyMap<string, Centrality>, limit: number): RankedActor[] {
  return [...centrality]
    .filter(([, value]) => value.degree > 0)
    .map(([actorId, value]) => ({ actorId, ...value }))
    .sort((a, b) => b.degree - a.degree || b.betweenness - a.betweenness || (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0))
    .slice(0, Math.max(0, limit));
}

/** A go-between (betweenness) score to one decimal, whole numbers without one. */
export function formatScore(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
