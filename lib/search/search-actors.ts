import type { Actor } from "../schema";

export interface ActorMatch {
  actor: Actor;
  /** The name or alias that matched, when it was an alias: "Daesh" for Islamic State. */
  via: string | null;
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

/**
 * Actors whose name or an alias contains the query; names before aliases, and within each,
 * matches at a word start before matches inside a word, then alphabetical.
 */
export function searchActors(actors: readonly Actor[], query: string): ActorMatch[] {
  const needle = foldForSearch(query);
  if (needle === "") return [...actors].sort(byName).map((actor) => ({ actor, via: null }));
  const scored: { match: ActorMatch; rank: number }[] = [];
  for (const actor of actors) {
    const nameRank = rankOf(actor.name, needle);
    if (nameRank !== null) {
      scored.push({ match: { actor, via: null }, rank: nameRank });
      continue;
    }
    const aliasRanks = actor.aliases.map((alias) => ({ alias, rank: rankOf(alias, needle) }));
    const best = aliasRanks.filter((a) => a.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))[0];
    if (best !== undefined && best.rank !== null) scored.push({ match: { actor, via: best.alias }, rank: best.rank + 2 });
  }
  return scored.sort((a, b) => a.rank - b.rank || byName(a.match.actor, b.match.actor)).map((s) => s.match);
}

/** 0 at a word start, 1 inside a word, null when absent. */
function rankOf(text: string, needle: string): number | null {
  const folded = foldForSearch(text);
  const at = folded.indexOf(needle);
  if (at === -1) return null;
  if (at === 0 || folded[at - 1] === " ") return 0;
  return 1;
}

function byName(a: Actor, b: Actor): number {
  return a.name.localeCompare(b.name, "en");
}
