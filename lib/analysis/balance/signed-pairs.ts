import type { AllianceModel } from "../../graph/alliance-model";
import { type MomentLike, periodOf } from "../../time/moment";
import { relationTypeInfo } from "../../vocabulary/vocabulary";
import { COUNT_UNATTESTED_BY_DEFAULT, countedRelationsIn } from "../shared/counted-relations";
import { orderedPair, pairKey } from "../shared/pair-key";
import { type ContestEvidence, type ContestResolution, resolveContest } from "./resolve-contest";
import { type ContestRule, DEFAULT_CONTEST_RULE } from "../../vocabulary/contest-rules";

/** +1 friendly, -1 hostile, or both at once in the same year with no rule to decide. */
export type PairSign = 1 | -1 | "contested";

/** Two actors and the signed relations active between them in one year. */
export interface SignedPair {
  key: string;
  /** In code-point order. */
  actors: [string, string];
  /** The pair's sign; for a pair with both kinds of relation, as the contest rule reads it ("contested" when it cannot). */
  sign: PairSign;
  /** Relation ids of friendly types (sign +1), in index order. */
  positive: string[];
  /** Relation ids of hostile types (sign -1), in index order. */
  negative: string[];
  /** For a pair with both friendly and hostile relations: how the rule read it, and why. null otherwise. */
  contest: ContestResolution | null;
}

/** The options every signed analysis takes: the two switches of the Analysis area. */
export interface SignOptions {
  countUnattested?: boolean;
  contestRule?: ContestRule;
}

/** One string per setting of the options, for caches. */
export function signOptionsKey(options: SignOptions): string {
  return `${options.countUnattested ?? COUNT_UNATTESTED_BY_DEFAULT}|${options.contestRule ?? DEFAULT_CONTEST_RULE}`;
}

/**
 * Every pair of actors joined in `at` (a year, or a month) by at least one signed relation. Neutral relations
 * (negotiates) carry no sign and are left out, so a pair that only talked is not a pair here; a
 * pair with both friendly and hostile relations is read by the contest rule, and stays "contested"
 * when the rule cannot decide. Self-loops are skipped.
 */
export function signedPairsAt(model: Pick<AllianceModel, "graph" | "relationIndex" | "actorIndex">, at: MomentLike, options: SignOptions = {}): Map<string, SignedPair> {
  const countUnattested = options.countUnattested ?? COUNT_UNATTESTED_BY_DEFAULT;
  const pairs = new Map<string, SignedPair>();
  for (const id of countedRelationsIn(model, at, countUnattested)) {
    const relation = model.graph.getEdgeAttribute(id, "relation");
    const sign = relationTypeInfo(relation.type).sign;
    if (sign === 0 || relation.source === relation.target) continue;
    const key = pairKey(relation.source, relation.target);
    const pair = pairs.get(key) ?? { key, actors: orderedPair(relation.source, relation.target), sign, positive: [], negative: [], contest: null };
    if (sign === 1) pair.positive.push(id);
    else pair.negative.push(id);
    pairs.set(key, pair);
  }
  for (const pair of pairs.values()) {
    if (pair.positive.length === 0 || pair.negative.length === 0) continue;
    const evidence = [...pair.positive, ...pair.negative].map((id) => contestEvidence(model, id, countUnattested));
    pair.contest = resolveContest(evidence, periodOf(at), options.contestRule ?? DEFAULT_CONTEST_RULE);
    pair.sign = pair.contest.sign ?? "contested";
  }
  return pairs;
}

/** A relation as the contest rule reads it: its sign, start, counted days and claims. */
export function contestEvidence(model: Pick<AllianceModel, "graph">, id: string, countUnattested: boolean): ContestEvidence {
  const { relation, attestation } = model.graph.getEdgeAttributes(id);
  const to = countUnattested && attestation.continuation !== null ? attestation.continuation.to : attestation.attested.to;
  return { id, sign: relationTypeInfo(relation.type).sign === 1 ? 1 : -1, start: relation.start, attested: attestation.attested, days: { from: attestation.attested.from, to }, claims: relation.claims.length };
}
