import type { AllianceModel } from "../../graph/alliance-model";
import { relationTypeInfo } from "../../vocabulary/vocabulary";
import { COUNT_UNATTESTED_BY_DEFAULT, countedRelationsIn } from "../shared/counted-relations";
import { orderedPair, pairKey } from "../shared/pair-key";

/** +1 friendly, -1 hostile, or both at once in the same year. */
export type PairSign = 1 | -1 | "contested";

/** Two actors and the signed relations active between them in one year. */
export interface SignedPair {
  key: string;
  /** In code-point order. */
  actors: [string, string];
  sign: PairSign;
  /** Relation ids of friendly types (sign +1), in index order. */
  positive: string[];
  /** Relation ids of hostile types (sign -1), in index order. */
  negative: string[];
}

/**
 * Every pair of actors joined in `year` by at least one signed relation. Neutral relations
 * (negotiates) carry no sign and are left out, so a pair that only talked is not a pair here;
 * a pair with both friendly and hostile relations that year is "contested". Self-loops are skipped.
 * `countUnattested`: whether relations continuing unattested that year count (the analyses' switch).
 */
export function signedPairsAt(model: Pick<AllianceModel, "graph" | "relationIndex" | "actorIndex">, year: number, countUnattested = COUNT_UNATTESTED_BY_DEFAULT): Map<string, SignedPair> {
  const pairs = new Map<string, SignedPair>();
  for (const id of countedRelationsIn(model, year, countUnattested)) {
    const relation = model.graph.getEdgeAttribute(id, "relation");
    const sign = relationTypeInfo(relation.type).sign;
    if (sign === 0 || relation.source === relation.target) continue;
    const key = pairKey(relation.source, relation.target);
    const pair = pairs.get(key) ?? { key, actors: orderedPair(relation.source, relation.target), sign, positive: [], negative: [] };
    if (sign === 1) pair.positive.push(id);
    else pair.negative.push(id);
    pair.sign = pair.positive.length > 0 && pair.negative.length > 0 ? "contested" : sign;
    pairs.set(key, pair);
  }
  return pairs;
}
