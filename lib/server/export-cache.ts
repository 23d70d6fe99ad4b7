import type { AllianceModel } from "../graph/alliance-model";
import type { SnapshotScope } from "../snapshot";
import type { ExportFormatId } from "../export/formats";

/**
 * Written exports, remembered per model: the dataset never changes while a server runs, so the
 * same year, filters and format always give the same text (GEXF also carries today's date, which
 * is part of the key). At 20,000 relations a year's JSON is about 2.5 MB and takes about 10 ms to
 * cut and write. The bytes are kept unencoded: Next compresses the response on its way out (a route
 * cannot send its own Content-Encoding, see app/api/snapshot/route.ts). Least recently used entries
 * go first once the cache holds MAX_ENTRIES or MAX_BYTES.
 */
const MAX_ENTRIES = 64;
const MAX_BYTES = 256 * 1024 * 1024;

const caches = new WeakMap<AllianceModel, { entries: Map<string, Uint8Array>; bytes: number }>();
const encoder = new TextEncoder();

export function exportCacheKey(format: ExportFormatId, scope: SnapshotScope, today: string): string {
  const { filters } = scope;
  return JSON.stringify([format, scope.year, scope.month ?? null, [...filters.types].sort(), [...filters.evidence].sort(), filters.source, format === "gexf" ? today : null]);
}

/** The export's bytes, written by `write` on the first request for this key only. */
export function cachedExport(model: AllianceModel, key: string, write: () => string): Uint8Array {
  let cache = caches.get(model);
  if (cache === undefined) {
    cache = { entries: new Map(), bytes: 0 };
    caches.set(model, cache);
  }
  let entry = cache.entries.get(key);
  if (entry !== undefined) {
    // Re-insert: a Map keeps insertion order, so its first key is the least recently used.
    cache.entries.delete(key);
    cache.entries.set(key, entry);
  } else {
    entry = encoder.encode(write());
    cache.entries.set(key, entry);
    cache.bytes += entry.byteLength;
  }
  while (cache.entries.size > MAX_ENTRIES || (cache.bytes > MAX_BYTES && cache.entries.size > 1)) {
    const oldest = cache.entries.keys().next().value as string;
    const dropped = cache.entries.get(oldest);
    cache.bytes -= dropped?.byteLength ?? 0;
    cache.entries.delete(oldest);
  }
  return entry;
}
