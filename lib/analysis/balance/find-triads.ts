import { pairKey } from "../shared/pair-key";
import type { SignedPair } from "./signed-pairs";

export type TriadStatus = "balanced" | "unbalanced" | "contested";

/** Three actors joined pairwise by signed relations, and what their signs say. */
export interface Triad {
  /** In code-point order. */
  actors: [string, string, string];
  /** The pairs a–b, a–c, b–c. */
  pairs: [SignedPair, SignedPair, SignedPair];
  /**
   * "balanced": an even number of hostile ties (friend of a friend, enemy of an enemy);
   * "unbalanced": an odd number; "contested": a pair has both friendly and hostile relations.
   */
  status: TriadStatus;
  /** Hostile ties among the uncontested pairs. */
  hostileTies: number;
}

/**
 * Every triangle of the signed pairs, each once, ordered by its actors. Visits each pair's
 * common neighbours only, so the cost follows the number of triangles, not actors cubed.
 */
export function findTriads(pairs: ReadonlyMap<string, SignedPair>): Triad[] {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const set = neighbours.get(a) ?? new Set<string>();
    set.add(b);
    neighbours.set(a, set);
  };
  for (const pair of pairs.values()) {
    link(pair.actors[0], pair.actors[1]);
    link(pair.actors[1], pair.actors[0]);
  }
  const triads: Triad[] = [];
  for (const pair of pairs.values()) {
    const [a, b] = pair.actors;
    for (const c of neighbours.get(a) ?? []) {
      // a < b < c: each triangle is found from its first pair only.
      if (!(c > b) || !(neighbours.get(b)?.has(c) ?? false)) continue;
      const ac = pairs.get(pairKey(a, c));
      const bc = pairs.get(pairKey(b, c));
      if (ac === undefined || bc === undefined) continue;
      triads.push(classify([a, b, c], [pair, ac, bc]));
    }
  }
  return triads.sort((x, y) => compareIds(x.actors.join("|"), y.actors.join("|")));
}

function classify(actors: [string, string, string], pairs: [SignedPair, SignedPair, SignedPair]): Triad {
  const hostileTies = pairs.filter((pair) => pair.sign === -1).length;
  const contested = pairs.some((pair) => pair.sign === "contested");
  const status = contested ? "contested" : hostileTies % 2 === 0 ? "balanced" : "unbalanced";
  return { actors, pairs, status, hostileTies };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
