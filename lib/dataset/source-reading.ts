import type { Relation } from "../schema";
import { locateQuote, normalizeWithOffsets } from "./locate-quote";

/** A stretch of a quoted passage; `anchors` name the claims whose quote starts right here. */
export interface PassagePiece {
  anchors: string[];
  text: string;
}

/** The source's text in order: plain stretches, and passages some claim quotes (overlapping quotes merged). */
export type SourceTextPart = { kind: "text"; text: string } | { kind: "passage"; id: string; pieces: PassagePiece[]; relationIds: string[] };

export interface SourceReading {
  parts: SourceTextPart[];
  /** Claims whose quote is not in the text (a dataset served without its corpus check); listed, not lost. */
  unlocated: { relationId: string; index: number }[];
}

interface Located {
  start: number;
  end: number;
  relationId: string;
  anchor: string;
}

/**
 * The text of a source cut into parts, every quote from it located as the validator locates it.
 * Pure (no file reading), so the page of a dataset opened in the browser reads its sources the same way;
 * `anchorOf` names a claim's anchor on the page.
 */
export function sourceReading(relations: readonly Pick<Relation, "id" | "claims">[], sourceId: string, raw: string, anchorOf: (relationId: string, index: number) => string): SourceReading {
  const normalized = normalizeWithOffsets(raw);
  const located: Located[] = [];
  const unlocated: SourceReading["unlocated"] = [];
  for (const relation of relations) {
    relation.claims.forEach((claim, index) => {
      if (claim.source !== sourceId) return;
      const at = locateQuote(normalized, claim.quote);
      if (at === null) unlocated.push({ relationId: relation.id, index });
      else located.push({ ...at, relationId: relation.id, anchor: anchorOf(relation.id, index) });
    });
  }
  located.sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: SourceTextPart[] = [];
  let cursor = 0;
  let next = 0;
  let passages = 0;
  while (next < located.length) {
    // A passage: every quote overlapping the first one, transitively.
    const members = [located[next] as Located];
    let end = members[0]?.end ?? 0;
    for (next += 1; next < located.length && (located[next] as Located).start < end; next += 1) {
      const member = located[next] as Located;
      members.push(member);
      end = Math.max(end, member.end);
    }
    const start = members[0]?.start ?? 0;
    if (start > cursor) parts.push({ kind: "text", text: raw.slice(cursor, start) });
    parts.push({ kind: "passage", id: `passage-${(passages += 1)}`, pieces: piecesOf(raw, members, end), relationIds: [...new Set(members.map((m) => m.relationId))] });
    cursor = end;
  }
  if (cursor < raw.length) parts.push({ kind: "text", text: raw.slice(cursor) });
  return { parts, unlocated };
}

/** A passage cut where each of its quotes starts, so every claim's anchor sits at its first word. */
function piecesOf(raw: string, members: readonly Located[], end: number): PassagePiece[] {
  const starts = [...new Set(members.map((member) => member.start))].sort((a, b) => a - b);
  return starts.map((start, i) => ({
    anchors: members.filter((member) => member.start === start).map((member) => member.anchor),
    text: raw.slice(start, starts[i + 1] ?? end),
  }));
}
