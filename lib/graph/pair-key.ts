/**
 * One key per unordered pair of actors, so "Iran → Taliban" and "Taliban → Iran" meet in one
 * place (the map's pair lines, the analyses). Ids are kebab-case, so "|" never occurs inside one.
 */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The pair's two ids in code-point order (the order pairKey writes them). */
export function orderedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}
