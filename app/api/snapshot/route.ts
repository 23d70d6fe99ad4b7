import { currentModel } from "@/lib/dataset/current-model";
import { exportSnapshot } from "@/lib/export/export-snapshot";
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
  const body = spec.write(exportSnapshot(model, scope), todayIso());
  return new Response(body, {
    headers: {
      "Content-Type": spec.contentType,
      "Content-Disposition": `attachment; filename="${exportFileName(format, scope.year)}"`,
    },
  });
}
