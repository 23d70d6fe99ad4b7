/**
 * One value per server process, shared through globalThis: Next bundles instrumentation.ts, the
 * pages and each API route apart, each with its own copy of a module, so a module-level cache
 * warmed at start would be another copy from the one the pages read.
 */
export function processWide<T>(name: string, make: () => T): T {
  const key = Symbol.for(`allegiances.${name}`);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  const existing = store[key];
  if (existing !== undefined) return existing;
  const made = make();
  store[key] = made;
  return made;
}
