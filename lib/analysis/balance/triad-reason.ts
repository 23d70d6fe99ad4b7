import type { Triad } from "./find-triads";

/** Why a triad has its status, in one sentence (the structural-balance reading). */
export function triadReason(triad: Triad, nameOf: (id: string) => string): string {
  if (triad.status === "contested") {
    const contested = triad.pairs.filter((pair) => pair.sign === "contested").map((pair) => pair.actors.map(nameOf).join(" and "));
    return `${contested.join("; ")} had friendly and hostile relations in the same year, and the contest rule could not decide, so this triad cannot be called balanced or not.`;
  }
  switch (triad.hostileTies) {
    case 0:
      return "All three ties friendly: balanced.";
    case 1:
      return "Two friendly ties and one hostile: two friends of one actor are at odds with each other — unbalanced.";
    case 2:
      return "One friendly tie, two hostile: two friends share an enemy (the enemy of my enemy is my friend) — balanced.";
    default:
      return "All three ties hostile: the enemy of my enemy is still my enemy — unbalanced.";
  }
}

/** A stable key for a triad within a year. */
export function triadKey(triad: Pick<Triad, "actors">): string {
  return triad.actors.join("|");
}
