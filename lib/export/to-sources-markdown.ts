import type { OriginalReport } from "../schema";
import { formatPublished, NOT_VERIFIED } from "../view";
import type { SnapshotRecords } from "../snapshot";
import { markdownAutolink, markdownText } from "./markdown-text";
import { describeScope } from "./describe-scope";

/**
 * The bibliography behind a snapshot, for pasting into a report. Every text from the data goes
 * through markdownText and every URL through markdownAutolink, so nothing in it renders as markup.
 */
export function toSourcesMarkdown(snapshot: SnapshotRecords): string {
  const uses = new Map<string, number>();
  for (const relation of snapshot.relations) for (const claim of relation.claims) uses.set(claim.source, (uses.get(claim.source) ?? 0) + 1);
  const lines = ["# Sources", "", `_${markdownText(describeScope(snapshot))}_`, ""];
  for (const source of snapshot.sources) {
    const parts = [
      `**${markdownText(source.title)}**`,
      source.outlet === undefined ? null : `*${markdownText(source.outlet)}*`,
      source.author === undefined ? null : markdownText(source.author),
      markdownText(formatPublished(source.published)),
      source.url === undefined ? null : markdownAutolink(source.url),
      source.reportsOn === undefined ? null : originalReport(source.reportsOn),
    ].filter((part): part is string => part !== null);
    const count = uses.get(source.id) ?? 0;
    const checked = snapshot.unverifiedSources.includes(source.id) ? ` Its quotes are ${NOT_VERIFIED}.` : "";
    lines.push(`- ${parts.join(". ")}. Cited by ${count} claim${count === 1 ? "" : "s"}.${checked}`);
  }
  return lines.join("\n") + "\n";
}

/** "Retells a report by *The Times*, **title**, July 2018, <url>": the original a rewrite is based on. */
function originalReport(report: OriginalReport): string {
  const parts = [
    `Retells a report by *${markdownText(report.outlet)}*`,
    report.title === undefined ? null : `**${markdownText(report.title)}**`,
    report.author === undefined ? null : markdownText(report.author),
    markdownText(formatPublished(report.published)),
    report.url === undefined ? null : markdownAutolink(report.url),
  ];
  return parts.filter((part): part is string => part !== null).join(", ");
}
