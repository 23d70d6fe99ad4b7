import type { PairTone } from "../snapshot/snapshot-pairs";
import type { ActorKind, RelationType } from "../vocabulary/vocabulary";

// The visual vocabulary, as data: the stylesheet and the legend both read these tables, so the
// legend cannot drift from what the canvas draws.

export type NodeShape = "ellipse" | "round-rectangle" | "triangle" | "vee" | "hexagon" | "barrel" | "star" | "diamond" | "pentagon";

export interface NodeEncoding {
  shape: NodeShape;
  /** Fill; a second cue beside the shape, never the only one. */
  color: string;
  label: string;
}

export const NODE_ENCODINGS: Record<ActorKind, NodeEncoding> = {
  state: { shape: "ellipse", color: "#4a6fa5", label: "State" },
  government: { shape: "round-rectangle", color: "#5c8fc9", label: "Government" },
  "armed-group": { shape: "triangle", color: "#a0522d", label: "Armed group" },
  militia: { shape: "vee", color: "#b5763c", label: "Militia" },
  "political-party": { shape: "hexagon", color: "#7b5ea7", label: "Political party" },
  community: { shape: "barrel", color: "#3f8f6b", label: "Community" },
  coalition: { shape: "star", color: "#c9a227", label: "Coalition" },
  "religious-authority": { shape: "diamond", color: "#8c6d62", label: "Religious authority" },
  "international-organization": { shape: "pentagon", color: "#4f8a9e", label: "International organization" },
};

export type ArrowShape =
  | "none"
  | "triangle"
  | "vee"
  | "tee"
  | "square"
  | "circle"
  | "diamond"
  | "chevron"
  | "triangle-tee"
  | "circle-triangle"
  | "triangle-backcurve"
  | "triangle-cross";

export interface EdgeEncoding {
  color: string;
  /** Dash and gap lengths in px; empty for a solid line. Friendly types are solid, neutral dotted, hostile dashed. */
  dash: number[];
  width: number;
  /** Drawn at the target end for directed types; "none" for symmetric ones. */
  arrow: ArrowShape;
}

// Each type differs from every other in at least two of colour, dash pattern, width and arrow,
// so the map reads in greyscale and for colour-blind readers.
export const EDGE_ENCODINGS: Record<RelationType, EdgeEncoding> = {
  ally: { color: "#1b7f3b", dash: [], width: 5, arrow: "none" },
  cooperates: { color: "#26a69a", dash: [], width: 2.5, arrow: "none" },
  supports: { color: "#1565c0", dash: [], width: 3, arrow: "triangle" },
  funds: { color: "#558b2f", dash: [], width: 3, arrow: "diamond" },
  arms: { color: "#283593", dash: [], width: 3.5, arrow: "triangle-tee" },
  trains: { color: "#0288d1", dash: [], width: 3, arrow: "circle-triangle" },
  advises: { color: "#4fa3c7", dash: [], width: 2, arrow: "vee" },
  hosts: { color: "#6d4c41", dash: [], width: 3, arrow: "square" },
  "proxy-of": { color: "#5e35b1", dash: [], width: 3, arrow: "chevron" },
  "member-of": { color: "#00838f", dash: [], width: 2, arrow: "circle" },
  continues: { color: "#78909c", dash: [1, 4], width: 2, arrow: "chevron" },
  negotiates: { color: "#757575", dash: [2, 5], width: 3, arrow: "none" },
  rival: { color: "#ef6c00", dash: [8, 5], width: 2.5, arrow: "none" },
  enemy: { color: "#c62828", dash: [14, 5], width: 5, arrow: "none" },
  clashes: { color: "#8e1b1b", dash: [10, 4, 2, 4], width: 3.5, arrow: "none" },
  attacks: { color: "#d32f2f", dash: [10, 4], width: 3.5, arrow: "triangle-cross" },
  sanctions: { color: "#ad1457", dash: [4, 4], width: 3, arrow: "tee" },
  opposes: { color: "#e65100", dash: [10, 4, 2, 4], width: 2, arrow: "vee" },
  criticizes: { color: "#b28704", dash: [2, 4], width: 2, arrow: "triangle-backcurve" },
};

/**
 * How a pair line looks by what its relations add up to (its badge says how many): friendly
 * solid, hostile dashed, both at once dash-dotted, neutral dotted, as single relations read.
 */
export const PAIR_ENCODINGS: Record<PairTone, EdgeEncoding & { label: string }> = {
  friendly: { color: "#1b7f3b", dash: [], width: 6, arrow: "none", label: "Friendly ties only" },
  hostile: { color: "#c62828", dash: [14, 5], width: 6, arrow: "none", label: "Hostile ties only" },
  mixed: { color: "#6a1b9a", dash: [14, 4, 3, 4], width: 6, arrow: "none", label: "Friendly and hostile ties" },
  neutral: { color: "#757575", dash: [2, 5], width: 5, arrow: "none", label: "Talks or lineage only" },
};

/** How a relation that is a side of a dispute is marked: a halo and a ⚠ at its middle. */
export const DISPUTE_ENCODING = { mark: "⚠", halo: "#f5b800" } as const;

export const SELECTION_COLOR = "#111827";
