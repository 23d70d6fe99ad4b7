import { describe, expect, it } from "vitest";
import { RecentCache } from "@/lib/snapshot/recent-cache";

// The pairs of a year are kept while among the most recently used, up to a budget of relations.

/** Asks for each key in turn (weight = the number in the key), and says which were made afresh. */
function made(budget: number, minEntries: number, keys: string[]): string[] {
  const cache = new RecentCache<string, string>(budget, minEntries);
  const fresh: string[] = [];
  for (const key of keys) cache.get(key, () => (fresh.push(key), key.toUpperCase()), () => Number(key.replace(/\D/g, "")));
  return fresh;
}

describe("RecentCache", () => {
  it.each([
    // budget, min entries, keys asked, made afresh
    { budget: 100, min: 1, keys: ["a10", "b10", "a10", "b10"], fresh: ["a10", "b10"], why: "within the budget, each is made once" },
    { budget: 25, min: 1, keys: ["a10", "b10", "c10", "a10"], fresh: ["a10", "b10", "c10", "a10"], why: "past the budget the oldest goes" },
    { budget: 25, min: 1, keys: ["a10", "b10", "a10", "c10", "a10"], fresh: ["a10", "b10", "c10"], why: "a hit makes an entry the most recent, so the other goes" },
    { budget: 5, min: 3, keys: ["a10", "b10", "c10", "a10", "b10", "c10"], fresh: ["a10", "b10", "c10"], why: "heavy entries: at least min are kept" },
    { budget: 5, min: 0, keys: ["a10", "a10"], fresh: ["a10"], why: "the newest entry always stays" },
  ])("$why", ({ budget, min, keys, fresh }) => {
    expect(made(budget, min, keys)).toEqual(fresh);
  });

  it("returns the value it made, the same one on a hit", () => {
    const cache = new RecentCache<string, { n: number }>(10, 1);
    const first = cache.get("k", () => ({ n: 1 }), () => 1);
    expect(cache.get("k", () => ({ n: 2 }), () => 1)).toBe(first);
    expect(cache.size).toBe(1);
  });
});
