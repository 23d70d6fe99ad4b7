/** An edge as the layout sees it. */
export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

/**
 * One edge per linked pair, in either direction: each of a pair's many relations (Iran and the
 * Taliban have a dozen) would otherwise be a spring of its own, crushing the busiest pairs together.
 */
export function oneEdgePerPair<E extends LayoutEdge>(edges: readonly E[]): E[] {
  const seen = new Set<string>();
  return edges.filter((edge) => {
    const pair = edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
    if (seen.has(pair)) return false;
    seen.add(pair);
    return true;
  });
}
