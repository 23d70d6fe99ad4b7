import { type MomentLike, momentLabel } from "../../time/moment";
import { BACKGROUND_YEARS } from "./resolve-contest";
import type { SignedPair } from "./signed-pairs";

const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);
const verb = (items: readonly string[]) => (items.length === 1 ? "is" : "are");
const side = (sign: 1 | -1) => (sign === 1 ? "friendly" : "hostile");

/**
 * Why a pair with friendly and hostile relations in `year` reads as it does, in one sentence;
 * null for a pair that is not contested. `describe` names a relation ("Iran cooperates United States 2001–2002").
 */
export function contestReason(pair: SignedPair, at: MomentLike, nameOf: (id: string) => string, describe: (relationId: string) => string): string | null {
  const contest = pair.contest;
  if (contest === null) return null;
  const when = momentLabel(at);
  const names = pair.actors.map(nameOf).join(" and ");
  const { decisive, outweighed, background, weight } = contest;
  if (contest.sign === null) {
    if (contest.rule === "none") return `${names} had friendly and hostile relations in ${when}; with the contest rule off, the pair stays contested.`;
    const why = contest.rule === "claims" ? `both sides carry ${weight.friendly} claims` : decisive.length + outweighed.length === 0 ? "every relation of the pair is long-standing background" : `both sides cover ${weight.friendly} days of ${when}`;
    return `${names} had friendly and hostile relations in ${when}, and the rule cannot decide: ${why}. Contested.`;
  }
  const won = side(contest.sign);
  const lost = side(contest.sign === 1 ? -1 : 1);
  const [winning, losing] = contest.sign === 1 ? [weight.friendly, weight.hostile] : [weight.hostile, weight.friendly];
  if (contest.assumedSide !== null) {
    return `Contested: ${names} read as ${won} because ${list(decisive.map(describe))} ${verb(decisive)} attested in ${when}, while ${list(outweighed.map(describe))} only ${outweighed.length === 1 ? "continues" : "continue"}, not attested: an assumption never outweighs an attestation.`;
  }
  if (contest.rule === "claims") return `Contested: ${names} read as ${won} because their ${won} relations carry ${winning} claims against ${losing} for the ${lost} ones.`;
  const weighed = outweighed.length === 0 ? "" : ` (${winning} days of ${when} against ${losing} for ${list(outweighed.map(describe))})`;
  const set = background.length === 0 ? "" : `; ${list(background.map(describe))} ${verb(background)} background, begun ${BACKGROUND_YEARS} or more years before`;
  return `Contested: ${names} read as ${won} because ${list(decisive.map(describe))} ${verb(decisive)} specific to ${when}${weighed}${set}.`;
}
