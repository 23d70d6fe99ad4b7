import { cachedExportResponse, currentModel, exportCacheKey, parseExportQuery } from "@/lib/server";
import { snapshotRecordsOf } from "@/lib/snapshot";
import { EXPORT_FORMATS, exportFileName, todayIso } from "@/lib/export";
import { apiQuery, jsonError } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** GET /api/snapshot?year=2001 (or date=2001-10)&types=ally,enemy&format=gexf|graphml|csv|json|sources */
export function GET(request: Request): Response {
  const model = currentModel();
  const parsed = parseExportQuery(apiQuery(request.url), model);
  if (!parsed.ok) return jsonError(400, parsed.error);
  const { scope, format } = parsed.query;
  const spec = EXPORT_FORMATS[format];
  const today = todayIso();
  const headers = {
    "Content-Type": spec.contentType,
    "Content-Disposition": `attachment; filename="${exportFileName(format, scope.year, scope.month ?? null)}"`,
  };
  // Cut, written and gzipped once per year, filters and format (JSON compact); later requests get the same bytes.
  const write = () => spec.write(snapshotRecordsOf(model, scope), today, true);
  return cachedExportResponse(request, model, exportCacheKey(format, scope, today), write, headers);
}
