import { clipToPeriod, type DaySpan, daysCovered, earliestDay } from "../../time/day-span";
import type { ContestRule } from "../../vocabulary/contest-rules";

export { CONTEST_RULES, type ContestRule, DEFAULT_CONTEST_RULE } from "../../vocabulary/contest-rules";

/** A relation started this many years or more before the period is its background. */
export const BACKGROUND_YEARS = 10;

/** One signed relation of a contested pair, as the rule reads it. */
export interface ContestEvidence {
  id: string;
  sign: 1 | -1;
  start: string;
  /** The days a source attests it. */
  attested: DaySpan;
  /** The days it counts as present: attested, then continuing when continuations are counted. */
  days: DaySpan;
  claims: number;
}

export interface ContestResolution {
  rule: ContestRule;
  /** The sign the pair is read as, or null when the rule cannot decide (the pair stays contested). */
  sign: 1 | -1 | null;
  /** The relations that decided it (the winning side's specific relations, or its claims). */
  decisive: string[];
  /** The losing side's relations the rule weighed and found lighter. */
  outweighed: string[];
  /** Relations set aside as background ("specific" only). */
  background: string[];
  /** Days of the period each sign's specific relations are attested ("specific"), or claims per sign ("claims"). */
  weight: { friendly: number; hostile: number };
  /** "specific" only: set when the weights tied and one side was only assumed (continuing unattested) while the other is attested. */
  assumedSide: 1 | -1 | null;
}

/**
 * Reads a contested pair by `rule` within `period` (a year "2001", or a month "2001-10"), README
 * "Balance". "specific" (default): relations begun BACKGROUND_YEARS or more before the period are
 * background and set aside; the sign whose other relations a source attests on more days of the
 * period wins; on a tie, an assumption never outweighs an attestation (a side attested in the
 * period beats one that only continues unattested), and continuing days decide between two
 * assumptions. "claims": the sign whose relations carry more claims wins. "none": it stays contested.
 * Any other tie stays contested.
 */
export function resolveContest(relations: readonly ContestEvidence[], period: string, rule: ContestRule): ContestResolution {
  const ids = (list: readonly ContestEvidence[], sign: 1 | -1) => list.filter((r) => r.sign === sign).map((r) => r.id);
  const none: ContestResolution = { rule, sign: null, decisive: [], outweighed: [], background: [], weight: { friendly: 0, hostile: 0 }, assumedSide: null };
  if (rule === "none") return none;
  if (rule === "claims") {
    const claims = (sign: 1 | -1) => relations.filter((r) => r.sign === sign).reduce((sum, r) => sum + r.claims, 0);
    return decide({ ...none, weight: { friendly: claims(1), hostile: claims(-1) } }, ids(relations, 1), ids(relations, -1));
  }
  const cutoff = `${String(Number(earliestDay(period).slice(0, 4)) - BACKGROUND_YEARS).padStart(4, "0")}${earliestDay(period).slice(4)}`;
  const background = relations.filter((r) => earliestDay(r.start) <= cutoff);
  const specific = relations.filter((r) => earliestDay(r.start) > cutoff);
  const covered = (list: readonly ContestEvidence[], sign: 1 | -1, spanOf: (r: ContestEvidence) => DaySpan) => daysCovered(list.filter((r) => r.sign === sign).flatMap((r) => clipToPeriod(spanOf(r), period) ?? []));
  const weight = { friendly: covered(specific, 1, (r) => r.attested), hostile: covered(specific, -1, (r) => r.attested) };
  const base = { ...none, background: background.map((r) => r.id), weight };
  if (weight.friendly !== weight.hostile) return decide(base, ids(specific, 1), ids(specific, -1));
  const attestedIn = (r: ContestEvidence) => clipToPeriod(r.attested, period) !== null;
  const friendlyAttested = relations.some((r) => r.sign === 1 && attestedIn(r));
  const hostileAttested = relations.some((r) => r.sign === -1 && attestedIn(r));
  if (friendlyAttested !== hostileAttested) {
    // An assumption never outweighs an attestation.
    const winner: 1 | -1 = friendlyAttested ? 1 : -1;
    const decisive = relations.filter((r) => r.sign === winner && attestedIn(r)).map((r) => r.id);
    return { ...base, sign: winner, decisive, outweighed: ids(relations, winner === 1 ? -1 : 1), assumedSide: winner === 1 ? -1 : 1 };
  }
  if (friendlyAttested) return decide(base, ids(specific, 1), ids(specific, -1));
  const assumed = { friendly: covered(specific, 1, (r) => r.days), hostile: covered(specific, -1, (r) => r.days) };
  return decide({ ...base, weight: assumed }, ids(specific, 1), ids(specific, -1));
}

function decide(base: ContestResolution, friendly: string[], hostile: string[]): ContestResolution {
  const { weight } = base;
  if (weight.friendly === weight.hostile) return { ...base, outweighed: [...friendly, ...hostile] };
  const friendlyWins = weight.friendly > weight.hostile;
  return { ...base, sign: friendlyWins ? 1 : -1, decisive: friendlyWins ? friendly : hostile, outweighed: friendlyWins ? hostile : friendly };
}
