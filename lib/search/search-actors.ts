import type { Actor } from "../schema";
import type { Speaker } from "./speakers";

export interface ActorMatch {
  actor: Actor;
  /** The alias that matched, when one did: "Daesh" for Islamic State. */
  via: string | null;
  /** The person who matched, when the actor was found through someone speaking for it. */
  speaker: Speaker | null;
  /** True when only the actor's description names the query ("Soleimani" for Iran). */
  inDescription: boolean;
}

/** Lower-case, accents stripped, so "Kabul" matches "kābul" and "al qaeda" matches "al-Qaeda". */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[-‐‑’'`.]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// How well a text matches: the whole of it, its start, a word's start, anywhere. A description
// counts only from a word's start, and only after every name, alias and speaker.
const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const SUBSTRING = 3;
const DESCRIPTION = 4;

/** How a field matches, or null: EXACT, PREFIX, WORD_PREFIX or SUBSTRING. */
export function matchTier(text: string, needle: string): number | null {
  const folded = foldForSearch(text);
  if (folded === needle) return EXACT;
  if (folded.startsWith(needle)) return PREFIX;
  if (folded.includes(` ${needle}`)) return WORD_PREFIX;
  return folded.includes(needle) ? SUBSTRING : null;
}

/**
 * Actors matching the query, best first: an exact name or alias, then a prefix, a word's prefix,
 * a substring (in each tier the name before an alias before a person speaking for the actor),
 * then a description naming it; ties alphabetical. An empty query lists every actor by name.
 */
export function searchActors(actors: readonly Actor[], query: string, speakers: readonly Speaker[] = []): ActorMatch[] {
  const needle = foldForSearch(query);
  if (needle === "") return [...actors].sort(byName).map((actor) => ({ actor, via: null, speaker: null, inDescription: false }));
  const scored: { match: ActorMatch; score: number }[] = [];
  for (const actor of actors) {
    const candidates: { score: number; match: ActorMatch }[] = [];
    const add = (tier: number | null, field: number, match: Omit<ActorMatch, "actor">) => {
      if (tier !== null) candidates.push({ score: tier * 3 + field, match: { actor, ...match } });
    };
    add(matchTier(actor.name, needle), 0, { via: null, speaker: null, inDescription: false });
    for (const alias of actor.aliases) add(matchTier(alias, needle), 1, { via: alias, speaker: null, inDescription: false });
    for (const speaker of speakers) if (speaker.actorId === actor.id) add(matchTier(speaker.name, needle), 2, { via: null, speaker, inDescription: false });
    const described = ` ${foldForSearch(actor.description)}`.includes(` ${needle}`);
    if (described) add(DESCRIPTION, 0, { via: null, speaker: null, inDescription: true });
    const best = candidates.sort((a, b) => a.score - b.score)[0];
    if (best !== undefined) scored.push(best);
  }
  return scored.sort((a, b) => a.score - b.score || byName(a.match.actor, b.match.actor)).map((s) => s.match);
}

function byName(a: Actor, b: Actor): number {
  return a.name.localeCompare(b.name, "en");
}
