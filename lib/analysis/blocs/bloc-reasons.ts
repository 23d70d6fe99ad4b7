import type { MomentLike } from "../../time/moment";
import type { AllianceModel } from "../../graph/alliance-model";
import { type SignedPair, signedPairsAt, type SignOptions } from "../balance/signed-pairs";

/** A friendly tie that holds a bloc together: two members and the friendly relations between them. */
export interface BlocTie {
  /** In code-point order. */
  actors: [string, string];
  /** The friendly relations, in index order: the tie's strength is how many there are. */
  relations: string[];
  /** Set when the pair was also hostile that year and the contest rule read it as friendly. */
  contested: boolean;
}

/** A member whose hold on its bloc is doubtful, and why. */
export interface BlocMemberFlag {
  actorId: string;
  /** "weak": one friendly relation with one member; "contested": a tie read as friendly over hostile relations; "hostile": at odds with another member. */
  kind: "weak" | "contested" | "hostile";
  /** The other member(s) concerned. */
  with: string[];
  /** The relations behind the flag. */
  relations: string[];
}

export interface BlocReasons {
  /** Strongest first (most friendly relations), then by names' ids. */
  ties: BlocTie[];
  flags: BlocMemberFlag[];
}

/**
 * Why a bloc is a bloc in `year`: the friendly ties among its members, strongest first, and the
 * members that hold on weakly (a single relation), over a contest, or while hostile to another member.
 */
export function blocReasons(model: Pick<AllianceModel, "graph" | "relationIndex" | "actorIndex">, at: MomentLike, members: readonly string[], options: SignOptions = {}): BlocReasons {
  const inside = new Set(members);
  const pairs = [...signedPairsAt(model, at, options).values()].filter((pair) => inside.has(pair.actors[0]) && inside.has(pair.actors[1]));
  const ties = pairs
    .filter((pair) => pair.sign === 1)
    .map((pair): BlocTie => ({ actors: pair.actors, relations: [...pair.positive], contested: pair.contest !== null }))
    .sort((a, b) => b.relations.length - a.relations.length || compare(a.actors.join("|"), b.actors.join("|")));
  const flags: BlocMemberFlag[] = [];
  for (const actorId of members) {
    const own = ties.filter((tie) => tie.actors.includes(actorId));
    const strength = own.reduce((sum, tie) => sum + tie.relations.length, 0);
    if (strength === 1) flags.push({ actorId, kind: "weak", with: own.map((tie) => other(tie.actors, actorId)), relations: own.flatMap((tie) => tie.relations) });
    const contested = own.filter((tie) => tie.contested);
    if (contested.length > 0) flags.push({ actorId, kind: "contested", with: contested.map((tie) => other(tie.actors, actorId)), relations: contested.flatMap((tie) => pairOf(pairs, tie)?.negative ?? []) });
    const hostile = pairs.filter((pair) => pair.actors.includes(actorId) && pair.sign !== 1);
    if (hostile.length > 0) flags.push({ actorId, kind: "hostile", with: hostile.map((pair) => other(pair.actors, actorId)), relations: hostile.flatMap((pair) => pair.negative) });
  }
  return { ties, flags };
}

function pairOf(pairs: readonly SignedPair[], tie: BlocTie): SignedPair | undefined {
  return pairs.find((pair) => pair.actors[0] === tie.actors[0] && pair.actors[1] === tie.actors[1]);
}

function other(actors: readonly [string, string], actorId: string): string {
  return actors[0] === actorId ? actors[1] : actors[0];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
