import { cachedExport, cachedGzippedExport, currentModel, exportCacheKey, parseExportQuery } from "@/lib/server";
import { snapshotRecordsOf } from "@/lib/snapshot";
import { EXPORT_FORMATS, exportFileName, todayIso } from "@/lib/export";
import { acceptsGzip, apiQuery, jsonError, PRECOMPRESSED_HEADER, precompressedBodiesHonoured } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** GET /api/snapshot?year=2001 (or date=2001-10)&types=ally,enemy&format=gexf|graphml|csv|json|sources */
export function GET(request: Request): Response {
  const model = currentModel();
  const parsed = parseExportQuery(apiQuery(request.url), model);
  if (!parsed.ok) return jsonError(400, parsed.error);
  const { scope, format } = parsed.query;
  const spec = EXPORT_FORMATS[format];
  const today = todayIso();
  const headers: Record<string, string> = {
    "Content-Type": spec.contentType,
    "Content-Disposition": `attachment; filename="${exportFileName(format, scope.year, scope.month ?? null)}"`,
    Vary: "Accept-Encoding",
  };
  // Cut, written and gzipped once per year, filters and format (JSON compact); later requests get
  // the same bytes. Next would gzip a plain body again on every request (p50 38 ms for a year's JSON
  // at 20,000 relations), so a client that takes gzip gets the cached gzip, marked as such.
  const key = exportCacheKey(format, scope, today);
  const write = () => spec.write(snapshotRecordsOf(model, scope), today, true);
  if (precompressedBodiesHonoured() && acceptsGzip(request.headers.get("accept-encoding"))) {
    return new Response(cachedGzippedExport(model, key, write) as BodyInit, { headers: { ...headers, [PRECOMPRESSED_HEADER]: "gzip" } });
  }
  return new Response(cachedExport(model, key, write) as BodyInit, { headers });
}
