import { EDGE_GLYPH, NODE_GLYPH_SIZE } from "../canvas/legend-glyphs";
import type { FigureCaption } from "./figure-caption";
import type { LegendGlyph, LegendSection } from "./figure-legend";

// Where everything goes on a picture export, in CSS pixels at 1×: the caption on top, the
// graph in a frame the size of the on-screen canvas, the legend below. The PNG and SVG writers
// both draw from this one layout, so the two pictures match.

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Size {
  x: number;
  y: number;
}

export interface FigureText {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  bold: boolean;
  color: string;
  anchor: "start" | "middle";
}

export interface PlacedGlyph {
  glyph: LegendGlyph;
  /** Top-left of the glyph's box (EDGE_GLYPH or NODE_GLYPH_SIZE). */
  x: number;
  y: number;
}

export interface FigureLayout extends Size {
  background: string;
  texts: FigureText[];
  glyphs: PlacedGlyph[];
  /** The graph's frame (the on-screen canvas's size), outlined. */
  frame: Rect;
  /** Where the graph image goes inside the frame; null when nothing is shown. */
  graph: Rect | null;
}

export const FIGURE_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
export const FIGURE_INK = "#1d2433";
export const FIGURE_MUTED = "#4b5563";
export const FIGURE_FRAME = "#d7dde6";
export const EMPTY_FIGURE_MESSAGE = "Nothing is shown for this year and these filters.";

const MARGIN = 16;
const ROW = 22;
const GLYPH_GAP = 6;
const LEGEND_SIZE = 12;

/**
 * The scale (model units → 1× pixels) that fits the shown graph's bounds into the frame, as
 * "Fit view" does, but never above `maxZoom`: a year with two actors should not fill the
 * picture with two giant shapes.
 */
export function fitScale(bounds: Size, frame: Size, padding = 24, maxZoom = 1.6): number {
  const room = { width: Math.max(frame.width - 2 * padding, 1), height: Math.max(frame.height - 2 * padding, 1) };
  if (bounds.width <= 0 || bounds.height <= 0) return maxZoom;
  return Math.min(room.width / bounds.width, room.height / bounds.height, maxZoom);
}

/** A cheap width estimate (no font metrics in a pure module); generous so text never overruns. */
export function estimateTextWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.62 : 0.58);
}

/** Greedy word wrap to `maxWidth` by the estimate; a word longer than a line keeps its own line. */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && estimateTextWidth(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines.length === 0 ? [""] : lines;
}

/** Lays out a picture: `frame` is the on-screen canvas size, `graph` the fitted image size (null if empty). */
export function layoutFigure(caption: FigureCaption, legend: readonly LegendSection[], frame: Size, graph: Size | null): FigureLayout {
  const width = Math.ceil(frame.width + 2 * MARGIN);
  const inner = width - 2 * MARGIN;
  const texts: FigureText[] = [];
  const glyphs: PlacedGlyph[] = [];
  let y = MARGIN;

  const paragraph = (text: string, size: number, bold: boolean, color: string) => {
    for (const line of wrapText(text, inner, size, bold)) {
      y += Math.round(size * 1.3);
      texts.push({ text: line, x: MARGIN, y, size, bold, color, anchor: "start" });
    }
    y += Math.round(size * 0.35);
  };
  paragraph(caption.title, 20, true, FIGURE_INK);
  paragraph(caption.scope, 13, false, FIGURE_MUTED);
  paragraph(caption.counts, 13, false, FIGURE_INK);
  paragraph(caption.credit, 12, false, FIGURE_MUTED);
  y += 6;

  const frameRect: Rect = { x: MARGIN, y, width: frame.width, height: frame.height };
  const graphRect =
    graph === null
      ? null
      : { x: frameRect.x + (frame.width - graph.width) / 2, y: frameRect.y + (frame.height - graph.height) / 2, width: graph.width, height: graph.height };
  if (graph === null) {
    texts.push({ text: EMPTY_FIGURE_MESSAGE, x: frameRect.x + frame.width / 2, y: frameRect.y + frame.height / 2, size: 15, bold: true, color: FIGURE_MUTED, anchor: "middle" });
  }
  y = frameRect.y + frame.height + 12;

  for (const section of legend) {
    y += 16;
    texts.push({ text: section.heading, x: MARGIN, y, size: LEGEND_SIZE, bold: true, color: FIGURE_INK, anchor: "start" });
    y += 6;
    const column = Math.max(...section.items.map((item) => glyphWidth(item) + GLYPH_GAP + estimateTextWidth(item.label, LEGEND_SIZE))) + 18;
    const perRow = Math.max(1, Math.floor(inner / column));
    section.items.forEach((item, index) => {
      const left = MARGIN + (index % perRow) * column;
      const top = y + Math.floor(index / perRow) * ROW;
      const box = glyphHeight(item);
      glyphs.push({ glyph: item, x: left, y: top + (ROW - box) / 2 });
      texts.push({ text: item.label, x: left + glyphWidth(item) + GLYPH_GAP, y: top + ROW / 2 + LEGEND_SIZE * 0.35, size: LEGEND_SIZE, bold: false, color: FIGURE_INK, anchor: "start" });
    });
    y += Math.ceil(section.items.length / perRow) * ROW;
  }

  return { width, height: Math.ceil(y + MARGIN), background: "#ffffff", texts, glyphs, frame: frameRect, graph: graphRect };
}

export function glyphWidth(glyph: LegendGlyph): number {
  return glyph.kind === "edge" ? EDGE_GLYPH.width : NODE_GLYPH_SIZE;
}

export function glyphHeight(glyph: LegendGlyph): number {
  return glyph.kind === "edge" ? EDGE_GLYPH.height : NODE_GLYPH_SIZE;
}
