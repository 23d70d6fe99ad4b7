import { gzipSync } from "node:zlib";
import type { AllianceModel } from "../graph/alliance-model";
import type { SnapshotScope } from "../snapshot";
import type { ExportFormatId } from "../export/formats";

/**
 * Written exports, remembered per model: the dataset never changes while a server runs, so the
 * same year, filters and format always give the same text (GEXF also carries today's date, which
 * is part of the key). At 20,000 relations a year's JSON is about 1.8 MB and takes about 10 ms to
 * cut and write, and as much again to gzip: both are done once per key, the gzip on the first
 * request that accepts it (see app/api/snapshot/route.ts for how it reaches the client). Least
 * recently used entries go first once the cache holds MAX_ENTRIES or MAX_BYTES.
 */
const MAX_ENTRIES = 64;
const MAX_BYTES = 256 * 1024 * 1024;

export interface CachedExport {
  plain: Uint8Array;
  gzip: Uint8Array | null;
}

interface Cache {
  entries: Map<string, CachedExport>;
  bytes: number;
}

const caches = new WeakMap<AllianceModel, Cache>();
const encoder = new TextEncoder();

export function exportCacheKey(format: ExportFormatId, scope: SnapshotScope, today: string): string {
  const { filters } = scope;
  return JSON.stringify([format, scope.year, scope.month ?? null, [...filters.types].sort(), [...filters.evidence].sort(), filters.source, format === "gexf" ? today : null]);
}

function cacheOf(model: AllianceModel): Cache {
  let cache = caches.get(model);
  if (cache === undefined) {
    cache = { entries: new Map(), bytes: 0 };
    caches.set(model, cache);
  }
  return cache;
}

function entryOf(model: AllianceModel, key: string, write: () => string): { cache: Cache; entry: CachedExport } {
  const cache = cacheOf(model);
  let entry = cache.entries.get(key);
  if (entry !== undefined) {
    // Re-insert: a Map keeps insertion order, so its first key is the least recently used.
    cache.entries.delete(key);
    cache.entries.set(key, entry);
  } else {
    entry = { plain: encoder.encode(write()), gzip: null };
    cache.entries.set(key, entry);
    cache.bytes += entry.plain.byteLength;
  }
  return { cache, entry };
}

function evict(cache: Cache): void {
  while (cache.entries.size > MAX_ENTRIES || (cache.bytes > MAX_BYTES && cache.entries.size > 1)) {
    const oldest = cache.entries.keys().next().value as string;
    const dropped = cache.entries.get(oldest);
    cache.bytes -= (dropped?.plain.byteLength ?? 0) + (dropped?.gzip?.byteLength ?? 0);
    cache.entries.delete(oldest);
  }
}

/** The export's bytes, written by `write` on the first request for this key only. */
export function cachedExport(model: AllianceModel, key: string, write: () => string): Uint8Array {
  const { cache, entry } = entryOf(model, key, write);
  evict(cache);
  return entry.plain;
}

/** The export's bytes gzipped, written and gzipped on the first request for this key only. */
export function cachedGzippedExport(model: AllianceModel, key: string, write: () => string): Uint8Array {
  const { cache, entry } = entryOf(model, key, write);
  if (entry.gzip === null) {
    entry.gzip = new Uint8Array(gzipSync(entry.plain));
    cache.bytes += entry.gzip.byteLength;
  }
  evict(cache);
  return entry.gzip;
}
