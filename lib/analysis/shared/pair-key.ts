/**
 * One key per unordered pair of actors, so "Iran → Taliban" and "Taliban → Iran" meet in one
 * place. Ids are kebab-case, so "|" can never occur inside one.
 */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The pair's two ids in code-point order (the order pairKey writes them). */
export function orderedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}
