import type { SourceKind } from "../vocabulary/vocabulary";

const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  "news-report": "News report",
  opinion: "Opinion",
  analysis: "Analysis",
  advocacy: "Advocacy",
  history: "History",
  "official-statement": "Official statement",
  book: "Book",
};

export function sourceKindLabel(kind: SourceKind): string {
  return SOURCE_KIND_LABELS[kind];
}
