import type { ExportSnapshot } from "./export-snapshot";
import { toCsv } from "./to-csv";
import { toGexf } from "./to-gexf";
import { toGraphml } from "./to-graphml";
import { toJsonSnapshot } from "./to-json-snapshot";
import { toSourcesMarkdown } from "./to-sources-markdown";

export interface ExportFormat {
  label: string;
  extension: string;
  contentType: string;
  write: (snapshot: ExportSnapshot, today: string) => string;
}

/** Every text export, by the name used in `?format=` and `--format`. */
export const EXPORT_FORMATS = {
  json: { label: "JSON snapshot", extension: "json", contentType: "application/json; charset=utf-8", write: (s) => toJsonSnapshot(s) },
  gexf: { label: "GEXF (dynamic, for Gephi)", extension: "gexf", contentType: "application/gexf+xml; charset=utf-8", write: (s, today) => toGexf(s, today) },
  graphml: { label: "GraphML", extension: "graphml", contentType: "application/graphml+xml; charset=utf-8", write: (s) => toGraphml(s) },
  csv: { label: "CSV (one row per claim)", extension: "csv", contentType: "text/csv; charset=utf-8", write: (s) => toCsv(s) },
  sources: { label: "Sources (Markdown)", extension: "md", contentType: "text/markdown; charset=utf-8", write: (s) => toSourcesMarkdown(s) },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatId = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as [ExportFormatId, ...ExportFormatId[]];

/** "allegiances-2001.gexf", "allegiances-all-years-sources.md". */
export function exportFileName(format: ExportFormatId, year: number | null): string {
  const when = year === null ? "all-years" : String(year);
  const suffix = format === "sources" ? "-sources" : "";
  return `allegiances-${when}${suffix}.${EXPORT_FORMATS[format].extension}`;
}

/** Today's date as GEXF's lastmodifieddate wants it. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** "allegiances-2001.png": pictures are always of one year, the one on screen. */
export function pictureFileName(extension: "png" | "svg", year: number): string {
  return `allegiances-${year}.${extension}`;
}
