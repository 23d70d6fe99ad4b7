import { defaultFilters } from "../filters";
import type { AllianceModel } from "../graph";
import { snapshotOf } from "../snapshot";

export interface YearPair {
  source: string;
  target: string;
  /** How many of the year's shown relations link the two. */
  relations: number;
}

/** What one year draws by default: its actors with a shown relation, and one line per linked pair. */
export interface YearGraph {
  year: number;
  linked: readonly string[];
  /** Present actors with no shown relation (hidden by default, drawn with "Show all"). */
  unlinked: readonly string[];
  pairs: readonly YearPair[];
}

/** Every year of the model, in order, as the layout sees it (default filters). */
export function yearGraphs(model: AllianceModel): YearGraph[] {
  const filters = defaultFilters();
  const graphs: YearGraph[] = [];
  for (let year = model.years.first; year <= model.years.last; year += 1) {
    const snapshot = snapshotOf(model, { year, filters });
    const pairs = new Map<string, YearPair>();
    for (const id of snapshot.relationIds) {
      const { source, target } = model.graph.getEdgeAttribute(id, "relation");
      if (source === target) continue;
      const [a, b] = source < target ? [source, target] : [target, source];
      const key = `${a}\u0000${b}`;
      const pair = pairs.get(key);
      if (pair === undefined) pairs.set(key, { source: a, target: b, relations: 1 });
      else pair.relations += 1;
    }
    const linkedSet = new Set([...pairs.values()].flatMap((pair) => [pair.source, pair.target]));
    const linked = snapshot.actorIds.filter((id) => linkedSet.has(id));
    graphs.push({ year, linked, unlinked: snapshot.actorIds.filter((id) => !linkedSet.has(id)), pairs: [...pairs.values()] });
  }
  return graphs;
}
