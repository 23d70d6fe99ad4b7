import type { Relation } from "../schema";

/** A person the data folds into an actor, found through the claims they speak in. */
export interface Speaker {
  name: string;
  actorId: string;
  /** How many claims quote them speaking for the actor. */
  claims: number;
}

/** Every named speaker with the actor they speak for, by name; a speaker with no actor is not searchable. */
export function speakersOf(relations: readonly Relation[]): Speaker[] {
  const byKey = new Map<string, Speaker>();
  for (const relation of relations) {
    for (const claim of relation.claims) {
      const speaker = claim.speaker;
      if (speaker?.actor === undefined) continue;
      const key = `${speaker.actor}\u0000${speaker.name}`;
      const entry = byKey.get(key) ?? { name: speaker.name, actorId: speaker.actor, claims: 0 };
      entry.claims += 1;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, "en"));
}
