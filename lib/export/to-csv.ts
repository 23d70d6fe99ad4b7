import Papa from "papaparse";
import { EVIDENCE_KINDS } from "../schema/vocabulary";
import type { ExportSnapshot } from "./export-snapshot";

export const CSV_COLUMNS = [
  "relation_id", "source_actor", "type", "target_actor", "start", "end", "quote", "speaker", "evidence_kind",
  "source_title", "outlet", "published", "url",
] as const;

/**
 * One row per claim, written by papaparse so quotes, commas and newlines survive a spreadsheet.
 * Cells starting with "=", "@", tab or CR are prefixed with "'" so a spreadsheet never runs them
 * as formulas; quotes from articles never start that way, so nothing real is altered.
 */
export function toCsv(snapshot: ExportSnapshot): string {
  const actors = new Map(snapshot.actors.map((a) => [a.id, a.name]));
  const sources = new Map(snapshot.sources.map((s) => [s.id, s]));
  const rows = snapshot.relations.flatMap((relation) =>
    relation.claims.map((claim) => {
      const source = sources.get(claim.source);
      const speaker = claim.speaker === undefined ? "" : [claim.speaker.name, claim.speaker.role].filter((part) => part !== undefined).join(", ");
      return [
        relation.id, actors.get(relation.source) ?? relation.source, relation.type, actors.get(relation.target) ?? relation.target,
        relation.start, relation.end, claim.quote, speaker, EVIDENCE_KINDS[claim.evidence],
        source?.title ?? claim.source, source?.outlet ?? "", source === undefined ? "" : `${source.published.date}${source.published.approximate ? " (approx.)" : ""}`, source?.url ?? "",
      ];
    }),
  );
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: "\r\n", escapeFormulae: /^[=@\t\r]/ }) + "\r\n";
}
