import type { AllianceModel } from "../../graph/alliance-model";
import { orderedPair, pairKey } from "../shared/pair-key";
import type { YearComparison } from "./compare-years";

/** One pair of actors and how its relations changed between two years. */
export interface PairChanges {
  key: string;
  /** In code-point order. */
  actors: [string, string];
  formed: string[];
  ended: string[];
  noLongerAttested: string[];
  held: string[];
}

type ChangeList = "formed" | "ended" | "noLongerAttested" | "held";

/**
 * The comparison grouped by actor pair: pairs with something formed, ended or no longer attested first (most
 * changes first), then pairs whose relations only held; ties by pair key, so the order is stable.
 */
export function changesByPair(model: Pick<AllianceModel, "graph">, comparison: YearComparison): PairChanges[] {
  const pairs = new Map<string, PairChanges>();
  const add = (id: string, kind: ChangeList) => {
    const source = model.graph.source(id);
    const target = model.graph.target(id);
    const key = pairKey(source, target);
    const entry = pairs.get(key) ?? { key, actors: orderedPair(source, target), formed: [], ended: [], noLongerAttested: [], held: [] };
    entry[kind].push(id);
    pairs.set(key, entry);
  };
  for (const id of comparison.formed) add(id, "formed");
  for (const id of comparison.ended) add(id, "ended");
  for (const id of comparison.noLongerAttested) add(id, "noLongerAttested");
  for (const id of comparison.held) add(id, "held");
  const changes = (entry: PairChanges) => entry.formed.length + entry.ended.length + entry.noLongerAttested.length;
  return [...pairs.values()].sort((a, b) => changes(b) - changes(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
