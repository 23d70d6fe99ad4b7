import type { SnapshotRecords } from "../snapshot";
import { EXPORT_FORMAT_INFO, type ExportFormatId, type ExportFormatInfo } from "./info";
import { toCsv } from "./to-csv";
import { toGexf } from "./to-gexf";
import { toGraphml } from "./to-graphml";
import { toJsonSnapshot } from "./to-json-snapshot";
import { toSourcesMarkdown } from "./to-sources-markdown";

// Names, labels and file names live in ./format-info (no writers, so the browser can show them
// without loading papaparse and the XML writers); re-exported here for the API and the CLI.
export { EXPORT_FORMAT_IDS, exportFileName, pictureFileName, todayIso, type ExportFormatId } from "./info";

export interface ExportFormat extends ExportFormatInfo {
  /** `compact` drops the indentation humans want in a file but an API client pays for on every request. */
  write: (snapshot: SnapshotRecords, today: string, compact?: boolean) => string;
}

/** Every text export with its writer, by the name used in `?format=` and `--format`. */
export const EXPORT_FORMATS = {
  json: { ...EXPORT_FORMAT_INFO.json, write: (s, _today, compact = false) => toJsonSnapshot(s, compact) },
  gexf: { ...EXPORT_FORMAT_INFO.gexf, write: (s, today) => toGexf(s, today) },
  graphml: { ...EXPORT_FORMAT_INFO.graphml, write: (s) => toGraphml(s) },
  csv: { ...EXPORT_FORMAT_INFO.csv, write: (s) => toCsv(s) },
  sources: { ...EXPORT_FORMAT_INFO.sources, write: (s) => toSourcesMarkdown(s) },
} as const satisfies Record<ExportFormatId, ExportFormat>;
