import Papa from "papaparse";
import { EVIDENCE_KINDS } from "../vocabulary/vocabulary";
import type { SnapshotRecords } from "../snapshot";
import { NOT_VERIFIED } from "../view";

export const CSV_COLUMNS = [
  "relation_id", "source_actor", "type", "target_actor", "start", "end", "quote", "quote_verified", "speaker", "evidence_kind",
  "source_title", "outlet", "published", "url", "claim_note",
] as const;

// Cells a spreadsheet could run as a formula (OWASP's list: = + - @ tab CR, plus LF and the
// full-width ＝ ＋ － ＠ some locales read as their ASCII twins) get a leading "'", so they are
// read as text. A cell like "-1" becomes "'-1", text rather than a number: our CSV has no numeric
// columns (ids, dates like 2001-10, names, quotes), so no number is lost; a quote opening with "-"
// gains the apostrophe, and the JSON export keeps it verbatim.
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

// A UTF-8 byte-order mark: without it, Excel on Windows reads the file as ANSI and garbles “curly
// quotes” and non-Latin names. Parsers (papaparse, Python's utf-8-sig, pandas) skip it.
export const UTF8_BOM = "\uFEFF";

/** One row per claim, written by papaparse so quotes, commas and newlines survive a spreadsheet. */
export function toCsv(snapshot: SnapshotRecords): string {
  const actors = new Map(snapshot.actors.map((a) => [a.id, a.name]));
  const sources = new Map(snapshot.sources.map((s) => [s.id, s]));
  const unverified = new Set(snapshot.unverifiedSources);
  const rows = snapshot.relations.flatMap((relation) =>
    relation.claims.map((claim) => {
      const source = sources.get(claim.source);
      const speaker = claim.speaker === undefined ? "" : [claim.speaker.name, claim.speaker.role].filter((part) => part !== undefined).join(", ");
      return [
        relation.id, actors.get(relation.source) ?? relation.source, relation.type, actors.get(relation.target) ?? relation.target,
        relation.start, relation.end, claim.quote, unverified.has(claim.source) ? NOT_VERIFIED : "verified against its source", speaker, EVIDENCE_KINDS[claim.evidence],
        source?.title ?? claim.source, source?.outlet ?? "", source === undefined ? "" : `${source.published.date}${source.published.approximate ? " (approx.)" : ""}`, source?.url ?? "",
        claim.note === undefined ? "" : snapshot.plainText(claim.note),
      ];
    }),
  );
  return UTF8_BOM + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: "\r\n", escapeFormulae: FORMULA_START }) + "\r\n";
}
