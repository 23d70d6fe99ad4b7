import { currentModel } from "@/lib/server";
import { acceptsGzip, cachedExport, exportCacheKey } from "@/lib/export/export-cache";
import { snapshotRecordsOf } from "@/lib/snapshot";
import { EXPORT_FORMATS, exportFileName, todayIso } from "@/lib/export/formats";
import { jsonError } from "@/lib/export/json-response";
import { parseExportQuery } from "@/lib/export/parse-export-query";

export const dynamic = "force-dynamic";

/** GET /api/snapshot?year=2001&types=ally,enemy&format=gexf|graphml|csv|json|sources */
export function GET(request: Request): Response {
  const model = currentModel();
  const parsed = parseExportQuery(new URL(request.url).searchParams, model);
  if (!parsed.ok) return jsonError(400, parsed.error);
  const { scope, format } = parsed.query;
  const spec = EXPORT_FORMATS[format];
  const today = todayIso();
  // Cut and written once per year, filters and format (JSON compact); later requests get the same bytes.
  // Gzipped once here too, when the client accepts it (the server does not compress it again).
  const gzip = acceptsGzip(request);
  const body = cachedExport(model, exportCacheKey(format, scope, today), () => spec.write(snapshotRecordsOf(model, scope), today, true), gzip);
  return new Response(body as BodyInit, {
    headers: {
      ...(gzip ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : {}),
      "Content-Type": spec.contentType,
      "Content-Disposition": `attachment; filename="${exportFileName(format, scope.year)}"`,
    },
  });
}
