import { gzipSync } from "node:zlib";
import type { AllianceModel } from "../graph/alliance-model";
import type { SnapshotScope } from "../snapshot";
import type { ExportFormatId } from "./formats";

/**
 * Written exports, remembered per model: the dataset never changes while a server runs, so the
 * same year, filters and format always give the same text (GEXF also carries today's date, which
 * is part of the key). At 20,000 relations a year's JSON is about 2.5 MB and takes about 10 ms to
 * cut and write, and as long again for the server to gzip; from here it is served as ready-encoded
 * bytes, gzipped once when a client accepts gzip (the server then leaves it alone). Least recently
 * used entries go first once the cache holds MAX_ENTRIES or MAX_BYTES.
 */
const MAX_ENTRIES = 64;
const MAX_BYTES = 256 * 1024 * 1024;

interface Entry {
  bytes: Uint8Array;
  gzip: Uint8Array | null;
}

const caches = new WeakMap<AllianceModel, { entries: Map<string, Entry>; bytes: number }>();
const encoder = new TextEncoder();

export function exportCacheKey(format: ExportFormatId, scope: SnapshotScope, today: string): string {
  const { filters } = scope;
  return JSON.stringify([format, scope.year, [...filters.types].sort(), [...filters.evidence].sort(), filters.source, format === "gexf" ? today : null]);
}

/** The export's bytes (gzipped when `gzip`), written by `write` on the first request for this key only. */
export function cachedExport(model: AllianceModel, key: string, write: () => string, gzip = false): Uint8Array {
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
    entry = { bytes: encoder.encode(write()), gzip: null };
    cache.entries.set(key, entry);
    cache.bytes += entry.bytes.byteLength;
  }
  if (gzip && entry.gzip === null) {
    entry.gzip = gzipSync(entry.bytes);
    cache.bytes += entry.gzip.byteLength;
  }
  const result = gzip && entry.gzip !== null ? entry.gzip : entry.bytes;
  while (cache.entries.size > MAX_ENTRIES || (cache.bytes > MAX_BYTES && cache.entries.size > 1)) {
    const oldest = cache.entries.keys().next().value as string;
    const dropped = cache.entries.get(oldest);
    cache.bytes -= (dropped?.bytes.byteLength ?? 0) + (dropped?.gzip?.byteLength ?? 0);
    cache.entries.delete(oldest);
  }
  return result;
}

/** True when the request's Accept-Encoding allows gzip. */
export function acceptsGzip(request: Request): boolean {
  const header = request.headers.get("accept-encoding") ?? "";
  return header.split(",").some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return (name === "gzip" || name === "*") && (q === undefined || Number(q.slice(2)) > 0);
  });
}
