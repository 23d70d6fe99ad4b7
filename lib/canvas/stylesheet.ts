import { ACTOR_KINDS, RELATION_TYPE_IDS } from "../vocabulary/vocabulary";
import { DISPUTE_ENCODING, EDGE_ENCODINGS, NODE_ENCODINGS, PAIR_ENCODINGS } from "./encodings";

export type StyleValue = string | number | number[];

/** A Cytoscape stylesheet block as plain data (structurally a `cytoscape.StylesheetJsonBlock`). */
export interface StyleBlock {
  selector: string;
  style: Record<string, StyleValue>;
}

/** Classes the map's own marks use; their rules and styles are in the mark table (mark-rules.ts). */
export const VIEW_CLASSES = {
  /** Not on the map in the selected year. */
  offYear: "off-year",
  /** On the map in the year, but not in the month shown (month mode). */
  offMonth: "off-month",
  /** Hidden by the relation filters. */
  filteredOut: "filtered-out",
  selected: "is-selected",
  /** Outside the selected actor's neighbourhood. */
  faded: "faded",
  /** On the map in the year, but with no relation shown: hidden unless all actors are asked for. */
  isolated: "isolated",
  /** A pair line drawn in the year (pair lines are hidden unless they carry it). */
  pairShown: "pair-shown",
  /** A relation drawn as part of its pair's one line, so not on its own. */
  inPairLine: "in-pair-line",
  /** A relation no source attests in the year, continuing since its last attested date (lib/time/attestation). */
  unattested: "unattested",
} as const;

export function kindClass(kind: string): string {
  return `kind-${kind}`;
}

export function typeClass(type: string): string {
  return `type-${type}`;
}

export const DISPUTED_CLASS = "disputed";
export const DIRECTED_CLASS = "directed";
/** Every pair line carries it; its look by tone is set from its data. */
export const PAIR_CLASS = "pair";

/** A node's size and label metrics: the stylesheet draws them, the layout keeps labels apart by them. */
export const NODE_LOOK = { size: 30, fontSize: 16, textMaxWidth: 150, textMarginY: 5, outline: 3 } as const;

/** How every actor and relation looks before any mark (year, filters, selection, analyses) applies. */
export function graphStylesheet(): StyleBlock[] {
  return [
    {
      selector: "node",
      style: {
        label: "data(label)",
        width: NODE_LOOK.size,
        height: NODE_LOOK.size,
        "border-width": 2,
        "border-color": "#ffffff",
        "font-size": NODE_LOOK.fontSize,
        "font-family": "system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif",
        color: "#1d2433",
        "text-valign": "bottom",
        "text-margin-y": NODE_LOOK.textMarginY,
        // A white outline keeps labels legible where they cross edges.
        "text-outline-color": "#ffffff",
        "text-outline-width": NODE_LOOK.outline,
        "text-wrap": "wrap",
        "text-max-width": `${NODE_LOOK.textMaxWidth}px`,
        // Below this rendered size labels are noise; zooming in brings them back.
        "min-zoomed-font-size": 5,
      },
    },
    ...ACTOR_KINDS.map((kind) => ({
      selector: `node.${kindClass(kind)}`,
      style: { shape: NODE_ENCODINGS[kind].shape, "background-color": NODE_ENCODINGS[kind].color },
    })),
    {
      selector: "edge",
      style: {
        // Bezier with a step fans out several relations between one pair, each clickable on its own.
        "curve-style": "bezier",
        "control-point-step-size": 34,
        "arrow-scale": 1.3,
        opacity: 0.92,
        "line-cap": "butt",
        // A badge or ⚠ too small to read is not drawn (at 20,000 relations, thousands of them at a fit).
        "min-zoomed-font-size": 5,
      },
    },
    ...RELATION_TYPE_IDS.map((type) => {
      const encoding = EDGE_ENCODINGS[type];
      const dashed = encoding.dash.length > 0;
      return {
        selector: `edge.${typeClass(type)}`,
        style: {
          width: encoding.width,
          "line-color": encoding.color,
          "line-style": dashed ? "dashed" : "solid",
          ...(dashed ? { "line-dash-pattern": encoding.dash } : {}),
          "target-arrow-shape": encoding.arrow,
          "target-arrow-color": encoding.color,
        },
      };
    }),
    ...pairLineStyles(),
    {
      selector: `edge.${DISPUTED_CLASS}`,
      style: {
        label: DISPUTE_ENCODING.mark,
        "font-size": 15,
        color: "#7a4d00",
        "text-background-color": "#fff4cc",
        "text-background-opacity": 1,
        "text-background-padding": "2px",
        "text-background-shape": "round-rectangle",
        "underlay-color": DISPUTE_ENCODING.halo,
        "underlay-opacity": 0.45,
        "underlay-padding": 5,
      },
    },
  ];
}

function pairLineStyles(): StyleBlock[] {
  const tones = Object.entries(PAIR_ENCODINGS).map(([tone, encoding]) => {
    const dashed = encoding.dash.length > 0;
    return {
      selector: `edge.${PAIR_CLASS}[tone = "${tone}"]`,
      style: { "line-color": encoding.color, width: encoding.width, "line-style": dashed ? "dashed" : "solid", ...(dashed ? { "line-dash-pattern": encoding.dash } : {}) },
    };
  });
  return [
    {
      selector: `edge.${PAIR_CLASS}`,
      style: {
        display: "none",
        // One straight line per pair: nothing fans out, so the whole line is the pair's to click.
        "curve-style": "straight",
        label: "data(badge)",
        "font-size": 13,
        "font-weight": "bold",
        color: "#1d2433",
        "text-background-color": "#ffffff",
        "text-background-opacity": 1,
        "text-background-padding": "3px",
        "text-background-shape": "round-rectangle",
        "text-border-width": 1,
        "text-border-color": "#9aa3b2",
        "text-border-opacity": 1,
      },
    },
    ...tones,
    // As a single continuation reads: what no source attests this year is faded and dotted.
    { selector: `edge.${PAIR_CLASS}[?assumed]`, style: { "line-style": "dotted", opacity: 0.5 } },
    { selector: `edge.${PAIR_CLASS}[?disputed]`, style: { "underlay-color": DISPUTE_ENCODING.halo, "underlay-opacity": 0.45, "underlay-padding": 5, color: "#7a4d00", "text-background-color": "#fff4cc" } },
  ];
}
