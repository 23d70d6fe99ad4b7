import type { AllianceModel } from "../graph";
import { orderedPair, pairKey } from "../graph/pair-key";
import { type RelationType, relationTypeInfo } from "../vocabulary/vocabulary";
import { RecentCache } from "./recent-cache";
import type { Snapshot } from "./snapshot-of";

/** What a pair's ties add up to: all friendly, all hostile, both (mixed), or only neutral ones. */
export type PairTone = "friendly" | "hostile" | "mixed" | "neutral";

/** Two actors and the relations a snapshot shows between them, in the snapshot's order. */
export interface SnapshotPair {
  key: string;
  /** The pair's actor ids, in key order. */
  actors: readonly [string, string];
  relationIds: readonly string[];
  types: readonly RelationType[];
  tone: PairTone;
  /** Whether any of the pair's relations is a side of a dispute. */
  disputed: boolean;
  /** How many of them no source attests in the year (continuations, see lib/time/attestation). */
  unattested: number;
}

// A year's pairs cost about 500 bytes a relation (1.5 MB a year at 20,000 relations): the pairs of
// the snapshots used last are kept up to a budget of relations, so a long session holds a few busy
// years' pairs, not every year's (all of them at the built-in data's size).
const PAIRS_BUDGET = 16_000;
const recentPairs = new RecentCache<Snapshot, ReadonlyMap<string, SnapshotPair>>(PAIRS_BUDGET, 3);

/** The snapshot's relations grouped by actor pair, made once per snapshot while it is among the recent ones. */
export function pairsOf(model: Pick<AllianceModel, "graph">, snapshot: Snapshot): ReadonlyMap<string, SnapshotPair> {
  return recentPairs.get(snapshot, () => groupedPairs(model, snapshot), () => snapshot.relationIds.length);
}

function groupedPairs(model: Pick<AllianceModel, "graph">, snapshot: Snapshot): ReadonlyMap<string, SnapshotPair> {
  const grouped = new Map<string, { actors: [string, string]; relationIds: string[]; types: RelationType[]; disputed: boolean }>();
  for (const id of snapshot.relationIds) {
    const { relation, disputes } = model.graph.getEdgeAttributes(id);
    const key = pairKey(relation.source, relation.target);
    let pair = grouped.get(key);
    if (pair === undefined) {
      grouped.set(key, (pair = { actors: orderedPair(relation.source, relation.target), relationIds: [], types: [], disputed: false }));
    }
    pair.relationIds.push(id);
    pair.types.push(relation.type);
    pair.disputed ||= disputes.length > 0;
  }
  const pairs = new Map<string, SnapshotPair>();
  for (const [key, pair] of grouped) {
    const unattested = pair.relationIds.filter((id) => snapshot.unattestedIds.has(id)).length;
    pairs.set(key, { key, ...pair, tone: pairTone(pair.types), unattested });
  }
  return pairs;
}

/** The tone of a set of relation types, read from the vocabulary's signs. */
export function pairTone(types: readonly RelationType[]): PairTone {
  let friendly = false;
  let hostile = false;
  for (const type of types) {
    const sign = relationTypeInfo(type).sign;
    if (sign === 1) friendly = true;
    else if (sign === -1) hostile = true;
  }
  if (friendly && hostile) return "mixed";
  if (friendly) return "friendly";
  return hostile ? "hostile" : "neutral";
}
