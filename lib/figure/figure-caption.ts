import { EVIDENCE_KINDS, type EvidenceKind, RELATION_TYPE_IDS, RELATION_TYPES, type RelationType } from "../vocabulary/vocabulary";
import type { RelationFilters } from "../filters";

// The caption printed on a picture export, so an image pasted into a report still says which
// year and which filters it shows: a PNG carries no URL.

export interface CaptionInput {
  /** The year or month shown, in words: "2001", "October 2001". */
  when: string;
  filters: RelationFilters;
  relationCount: number;
  actorCount: number;
  /** Title of the filter's source; falls back to its id when unknown. */
  sourceTitle?: string | null;
  /** What is selected, in words ("Iran"), or null. */
  selection?: string | null;
  /** The link that opens this view, for the credit line; omitted when unknown. */
  link?: string | null;
}

export interface FigureCaption {
  /** "Allegiances — 2001" */
  title: string;
  /** "types: all · evidence: all · source: any" */
  scope: string;
  /** "36 relations among 27 actors", plus " · selected: Iran" when something is selected. */
  counts: string;
  /** "Made with Allegiances · <the view's link>": a picture pasted into a report leads back to its view. */
  credit: string;
}

export function figureCaption(input: CaptionInput): FigureCaption {
  const { filters } = input;
  const source = filters.source === null ? "any" : (input.sourceTitle ?? filters.source);
  const selected = input.selection === null || input.selection === undefined ? "" : ` · selected: ${input.selection}`;
  return {
    title: `Allegiances — ${input.when}`,
    scope: `types: ${describeChoice(RELATION_TYPE_IDS, filters.types, typeLabel)} · evidence: ${describeChoice(EVIDENCE_KIND_IDS, filters.evidence, (kind) => kind)} · source: ${source}`,
    counts: `${countOf(input.relationCount, "relation")} among ${countOf(input.actorCount, "actor")}${selected}`,
    credit: input.link === null || input.link === undefined ? "Made with Allegiances" : `Made with Allegiances · ${input.link}`,
  };
}

/** The caption on one line: "Allegiances — 2001 · types: all · … · 36 relations among 27 actors". */
export function captionLine(caption: FigureCaption): string {
  return `${caption.title} · ${caption.scope} · ${caption.counts}`;
}

const EVIDENCE_KIND_IDS = Object.keys(EVIDENCE_KINDS) as EvidenceKind[];

function typeLabel(type: RelationType): string {
  return RELATION_TYPES[type].label;
}

/**
 * "all", "none", "ally, enemy" (what is on), or "all but rival, enemy" when that is shorter:
 * unticking one type of seventeen should not print sixteen names.
 */
export function describeChoice<T extends string>(vocabulary: readonly T[], chosen: readonly T[], label: (item: T) => string): string {
  const on = new Set(chosen);
  const shown = vocabulary.filter((item) => on.has(item));
  const hidden = vocabulary.filter((item) => !on.has(item));
  if (hidden.length === 0) return "all";
  if (shown.length === 0) return "none";
  if (hidden.length < shown.length) return `all but ${hidden.map(label).join(", ")}`;
  return shown.map(label).join(", ");
}

function countOf(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
