/**
 * A route's answer that is already gzipped names its encoding in this header. Next drops a route's
 * own Content-Encoding (and would gzip the bytes again), so the Node server below Next turns this
 * header into Content-Encoding as it is set (precompressed.ts); Next's compression then sees the
 * body as encoded and leaves it alone. The header itself never reaches a client.
 */
export const PRECOMPRESSED_HEADER = "x-allegiances-content-encoding";
export const PRECOMPRESSED_INSTALLED = Symbol.for("allegiances.precompressed-bodies");

/**
 * Whether this process turns PRECOMPRESSED_HEADER into Content-Encoding. A route must send plain
 * bytes otherwise (say, under a test runner with no instrumentation), or clients would get gzip
 * they were never told about. Shared through globalThis: Next bundles routes apart from it.
 */
export function precompressedBodiesHonoured(): boolean {
  return (globalThis as { [PRECOMPRESSED_INSTALLED]?: boolean })[PRECOMPRESSED_INSTALLED] === true;
}
