import { formatPublished } from "../view/format-date";
import type { ExportSnapshot } from "./export-snapshot";
import { describeScope } from "./to-gexf";

// Characters that would turn a title into Markdown formatting or a link.
const MARKDOWN_SPECIAL = /([\\`*_{}[\]()#+!|<>])/g;

function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, "\\$1");
}

/** The bibliography behind a snapshot, for pasting into a report. */
export function toSourcesMarkdown(snapshot: ExportSnapshot): string {
  const uses = new Map<string, number>();
  for (const relation of snapshot.relations) for (const claim of relation.claims) uses.set(claim.source, (uses.get(claim.source) ?? 0) + 1);
  const lines = ["# Sources", "", `_${escapeMarkdown(describeScope(snapshot))}_`, ""];
  for (const source of snapshot.sources) {
    const date = formatPublished(source.published);
    const parts = [
      `**${escapeMarkdown(source.title)}**`,
      source.outlet === undefined ? null : `*${escapeMarkdown(source.outlet)}*`,
      source.author === undefined ? null : escapeMarkdown(source.author),
      escapeMarkdown(date),
      source.url === undefined ? null : `<${source.url}>`,
    ].filter((part): part is string => part !== null);
    const count = uses.get(source.id) ?? 0;
    lines.push(`- ${parts.join(". ")}. Cited by ${count} claim${count === 1 ? "" : "s"}.`);
  }
  return lines.join("\n") + "\n";
}
