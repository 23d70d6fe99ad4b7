/**
 * A cache of the values used most recently, up to a total weight (say, relations): the newest
 * entry always stays, and at least `minEntries`, so a few heavy entries are never thrashed.
 */
export class RecentCache<K, V> {
  private readonly entries = new Map<K, { value: V; weight: number }>();
  private total = 0;

  private readonly minEntries: number;

  constructor(
    private readonly budget: number,
    minEntries: number,
  ) {
    this.minEntries = Math.max(1, minEntries);
  }

  /** The value under `key`, made by `make` (and weighed by `weigh`) when absent; either way it becomes the most recent. */
  get(key: K, make: () => V, weigh: (value: V) => number): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const entry = { value: make(), weight: 0 };
    entry.weight = weigh(entry.value);
    this.entries.set(key, entry);
    this.total += entry.weight;
    for (const [oldest, old] of this.entries) {
      if (this.total <= this.budget || this.entries.size <= this.minEntries) break;
      this.entries.delete(oldest);
      this.total -= old.weight;
    }
    return entry.value;
  }

  get size(): number {
    return this.entries.size;
  }
}
