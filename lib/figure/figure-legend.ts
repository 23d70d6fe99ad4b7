import { DISPUTE_ENCODING, EDGE_ENCODINGS, NODE_ENCODINGS } from "../canvas/encodings";
import { arrowGlyphPath, EDGE_GLYPH, nodeGlyphPath } from "../canvas/legend-glyphs";
import type { Actor, Relation } from "../schema";
import { ACTOR_KINDS, type ActorKind, RELATION_TYPE_IDS, RELATION_TYPES, type RelationType } from "../vocabulary/vocabulary";

// The legend printed on a picture export lists only what the picture shows, drawn from the same
// encoding tables as the canvas and the on-screen legend, so the three cannot drift apart.

export interface LegendEntries {
  relationTypes: RelationType[];
  actorKinds: ActorKind[];
  /** Whether a shown relation carries the dispute mark. */
  disputed: boolean;
}

/**
 * The relation types and actor kinds present among what is shown, in vocabulary order.
 * `isDisputed` is the canvas's notion (a side of any dispute), which can be wider than the
 * snapshot's disputes (only those with every side shown).
 */
export function legendEntriesFor(
  shown: { relations: readonly Pick<Relation, "id" | "type">[]; actors: readonly Pick<Actor, "kind">[] },
  isDisputed: (relationId: string) => boolean,
): LegendEntries {
  const types = new Set(shown.relations.map((r) => r.type));
  const kinds = new Set(shown.actors.map((a) => a.kind));
  return {
    relationTypes: RELATION_TYPE_IDS.filter((type) => types.has(type)),
    actorKinds: ACTOR_KINDS.filter((kind) => kinds.has(kind)),
    disputed: shown.relations.some((r) => isDisputed(r.id)),
  };
}

/** A line sample as on the canvas, in a EDGE_GLYPH-sized box. */
export interface EdgeGlyph {
  kind: "edge";
  label: string;
  color: string;
  /** Dash and gap lengths, already scaled for the sample; empty for solid. */
  dash: number[];
  width: number;
  /** Where the line stops: before the arrowhead, or near the box's end. */
  lineEnd: number;
  /** SVG path data of the arrowhead, or null for a mutual type. */
  arrow: string | null;
  /** Colour of a halo under the line (the dispute mark), or null. */
  halo: string | null;
}

/** A node shape as on the canvas, in a NODE_GLYPH_SIZE box. */
export interface NodeGlyph {
  kind: "node";
  label: string;
  color: string;
  path: string;
}

export type LegendGlyph = EdgeGlyph | NodeGlyph;

export interface LegendSection {
  heading: string;
  items: LegendGlyph[];
}

/** The legend's sections (empty ones left out): relations, then actors, then marks. */
export function legendSections(entries: LegendEntries): LegendSection[] {
  const sections: LegendSection[] = [
    { heading: "Relations", items: entries.relationTypes.map((type) => edgeGlyph(type, relationLabel(type), false)) },
    {
      heading: "Actors",
      items: entries.actorKinds.map((kind) => ({ kind: "node" as const, label: NODE_ENCODINGS[kind].label, color: NODE_ENCODINGS[kind].color, path: nodeGlyphPath(NODE_ENCODINGS[kind].shape) })),
    },
    { heading: "Marks", items: entries.disputed ? [edgeGlyph("cooperates", `${DISPUTE_ENCODING.mark} Disputed: sources disagree`, true)] : [] },
  ];
  return sections.filter((section) => section.items.length > 0);
}

function relationLabel(type: RelationType): string {
  const info = RELATION_TYPES[type];
  return info.directed ? `${info.label} (→)` : info.label;
}

// Same proportions as the on-screen swatch (app/_components/legend/Swatches.tsx).
function edgeGlyph(type: RelationType, label: string, disputed: boolean): EdgeGlyph {
  const encoding = EDGE_ENCODINGS[type];
  const arrow = arrowGlyphPath(encoding.arrow);
  return {
    kind: "edge",
    label,
    color: encoding.color,
    dash: encoding.dash.map((n) => n * 0.7),
    width: Math.min(encoding.width, 5),
    lineEnd: arrow === null ? EDGE_GLYPH.width - 2 : EDGE_GLYPH.lineEnd,
    arrow,
    halo: disputed ? DISPUTE_ENCODING.halo : null,
  };
}
