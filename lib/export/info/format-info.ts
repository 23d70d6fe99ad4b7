// What each text export is called and saved as, without its writer: the explorer's Export menu
// shows these labels on first paint, while the writers (papaparse among them) load only when an
// export runs. ./formats pairs each entry with its writer for the API and the CLI.

export interface ExportFormatInfo {
  label: string;
  extension: string;
  contentType: string;
}

/** Every text export, by the name used in `?format=` and `--format`. */
export const EXPORT_FORMAT_INFO = {
  json: { label: "JSON snapshot", extension: "json", contentType: "application/json; charset=utf-8" },
  gexf: { label: "GEXF (dynamic, for Gephi)", extension: "gexf", contentType: "application/gexf+xml; charset=utf-8" },
  graphml: { label: "GraphML", extension: "graphml", contentType: "application/graphml+xml; charset=utf-8" },
  csv: { label: "CSV (one row per claim)", extension: "csv", contentType: "text/csv; charset=utf-8" },
  sources: { label: "Sources (Markdown)", extension: "md", contentType: "text/markdown; charset=utf-8" },
} as const satisfies Record<string, ExportFormatInfo>;

export type ExportFormatId = keyof typeof EXPORT_FORMAT_INFO;
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMAT_INFO) as [ExportFormatId, ...ExportFormatId[]];

/** "allegiances-2001.gexf", "allegiances-2001-10.csv", "allegiances-all-years-sources.md". */
export function exportFileName(format: ExportFormatId, year: number | null, month: number | null = null): string {
  const when = year === null ? "all-years" : month === null ? String(year) : `${year}-${String(month).padStart(2, "0")}`;
  const suffix = format === "sources" ? "-sources" : "";
  return `allegiances-${when}${suffix}.${EXPORT_FORMAT_INFO[format].extension}`;
}

/** Today's date as GEXF's lastmodifieddate wants it. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** "allegiances-2001.png", "allegiances-2001-10.svg": pictures are of the year or month on screen. */
export function pictureFileName(extension: "png" | "svg", year: number, month: number | null = null): string {
  return `allegiances-${month === null ? year : `${year}-${String(month).padStart(2, "0")}`}.${extension}`;
}
