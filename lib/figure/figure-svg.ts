import { EDGE_GLYPH } from "../canvas/legend-glyphs";
import { captionLine, type FigureCaption } from "./figure-caption";
import type { LegendGlyph } from "./figure-legend";
import { FIGURE_FONT, FIGURE_FRAME, type FigureLayout, type FigureText, type Rect, type Size } from "./figure-layout";
import { escapeXml, stripInvalidXmlChars, xmlAttributes } from "../export/xml";

// The SVG picture: the graph as Cytoscape drew it (cytoscape-svg's document, nested as an inner
// <svg>), wrapped in a document that adds the caption and legend. Everything from the data goes
// through escapeXml, so actor names with <, & or quotes cannot break the file.

const SVG_NS = "http://www.w3.org/2000/svg";
const XLINK_NS = "http://www.w3.org/1999/xlink";
// The root start tag, allowing ">" inside quoted attribute values.
const ROOT_TAG = /<svg\b(?:[^>"']|"[^"]*"|'[^']*')*>/;

/** A whole SVG document with the layout's caption, frame and legend, and the graph nested in its place. */
export function figureSvg(layout: FigureLayout, caption: FigureCaption, graphSvg: string | null): string {
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg${xmlAttributes({ xmlns: SVG_NS, "xmlns:xlink": XLINK_NS, version: "1.1", width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}` })}>`,
    `<title>${escapeXml(captionLine(caption))}</title>`,
    `<rect${xmlAttributes({ x: 0, y: 0, width: layout.width, height: layout.height, fill: layout.background })}/>`,
    `<rect${xmlAttributes({ ...rectAttributes(layout.frame), fill: "none", stroke: FIGURE_FRAME, "stroke-width": 1 })}/>`,
  ];
  if (layout.graph !== null && graphSvg !== null) parts.push(embedSvg(graphSvg, layout.graph));
  parts.push(`<g${xmlAttributes({ "font-family": FIGURE_FONT })}>`, ...layout.texts.map(textElement), `</g>`);
  parts.push(...layout.glyphs.map(({ glyph, x, y }) => `<g transform="translate(${num(x)},${num(y)})">${glyphMarkup(glyph)}</g>`));
  parts.push(`</svg>`, "");
  return parts.join("\n");
}

/** The width and height on an SVG document's root element, or null when either is missing. */
export function svgRootSize(svg: string): Size | null {
  const tag = ROOT_TAG.exec(svg)?.[0];
  if (tag === undefined) return null;
  const read = (name: string) => {
    const match = new RegExp(`\\s${name}\\s*=\\s*["']([0-9.]+)(?:px)?["']`).exec(tag);
    return match?.[1] === undefined ? null : Number(match[1]);
  };
  const width = read("width");
  const height = read("height");
  return width === null || height === null ? null : { width, height };
}

/**
 * An SVG document as a nested <svg> placed at `rect`: the XML prolog and doctype dropped (only
 * one is allowed per file), the root's own size moved into a viewBox so it scales to the rect.
 * The browser's XMLSerializer writes a label's control characters raw, so those are dropped too.
 */
export function embedSvg(svg: string, rect: Rect): string {
  const body = stripInvalidXmlChars(svg).replace(/^\s*<\?xml[^>]*\?>/, "").replace(/^\s*<!DOCTYPE[^>]*>/i, "").trim();
  const tag = ROOT_TAG.exec(body);
  if (tag === null) throw new Error("the graph's SVG has no <svg> root");
  const own = svgRootSize(body) ?? rect;
  const kept = tag[0]
    .replace(/^<svg/, "")
    .replace(/\/?>$/, "")
    .replace(/\s(x|y|width|height|viewBox|preserveAspectRatio)\s*=\s*("[^"]*"|'[^']*')/g, "");
  const placed = `<svg${kept}${xmlAttributes({ ...rectAttributes(rect), viewBox: `0 0 ${own.width} ${own.height}`, preserveAspectRatio: "xMidYMid meet" })}>`;
  return body.slice(0, tag.index) + placed + body.slice(tag.index + tag[0].length);
}

function textElement(text: FigureText): string {
  const attributes = { x: num(text.x), y: num(text.y), "font-size": text.size, "font-weight": text.bold ? "bold" : undefined, fill: text.color, "text-anchor": text.anchor === "middle" ? "middle" : undefined };
  return `<text${xmlAttributes(attributes)}>${escapeXml(text.text)}</text>`;
}

/** A legend glyph in its own box, drawn as the on-screen swatch is. */
export function glyphMarkup(glyph: LegendGlyph): string {
  if (glyph.kind === "node") return `<path${xmlAttributes({ d: glyph.path, fill: glyph.color, stroke: "#ffffff", "stroke-width": 1 })}/>`;
  const line = { x1: 2, y1: EDGE_GLYPH.mid, x2: glyph.lineEnd, y2: EDGE_GLYPH.mid };
  const halo = glyph.halo === null ? "" : `<line${xmlAttributes({ ...line, stroke: glyph.halo, "stroke-opacity": 0.5, "stroke-width": glyph.width + 8 })}/>`;
  const dash = glyph.dash.length > 0 ? glyph.dash.map(num).join(" ") : undefined;
  const stroke = `<line${xmlAttributes({ ...line, stroke: glyph.color, "stroke-width": glyph.width, "stroke-dasharray": dash })}/>`;
  const arrow = glyph.arrow === null ? "" : `<path${xmlAttributes({ d: glyph.arrow, fill: glyph.color })}/>`;
  return halo + stroke + arrow;
}

function rectAttributes(rect: Rect) {
  return { x: num(rect.x), y: num(rect.y), width: num(rect.width), height: num(rect.height) };
}

function num(value: number): number {
  return Math.round(value * 100) / 100;
}
