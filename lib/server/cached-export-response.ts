import type { AllianceModel } from "../graph/alliance-model";
import { cachedExport, cachedGzippedExport } from "./export-cache";
import { acceptsGzip, PRECOMPRESSED_HEADER, precompressedBodiesHonoured } from "./http";

/**
 * A cached export as the response to `request`: the cached gzip, marked as such, to a client that
 * takes gzip (Next would gzip a plain body again on every request: p50 38 ms for a year's JSON at
 * 20,000 relations), else the plain bytes. `write` runs on the first request for `key` only.
 */
export function cachedExportResponse(request: Request, model: AllianceModel, key: string, write: () => string, headers: Record<string, string>): Response {
  const varying = { ...headers, Vary: "Accept-Encoding" };
  if (precompressedBodiesHonoured() && acceptsGzip(request.headers.get("accept-encoding"))) {
    return new Response(cachedGzippedExport(model, key, write) as BodyInit, { headers: { ...varying, [PRECOMPRESSED_HEADER]: "gzip" } });
  }
  return new Response(cachedExport(model, key, write) as BodyInit, { headers: varying });
}
