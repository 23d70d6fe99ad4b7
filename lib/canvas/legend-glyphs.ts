import type { ArrowShape, NodeShape } from "./encodings";

// SVG drawings of the canvas's node shapes and arrowheads, for the legend. Node glyphs fit a
// 20×20 box; arrow glyphs sit at the right end of a 48×16 line sample whose line ends at x=34.

export const NODE_GLYPH_SIZE = 20;
export const EDGE_GLYPH = { width: 48, height: 16, lineEnd: 34, tip: 45, mid: 8 } as const;

export function nodeGlyphPath(shape: NodeShape): string {
  switch (shape) {
    case "ellipse":
      return circle(10, 10, 8);
    case "round-rectangle":
      return "M6,3 H14 Q17,3 17,6 V14 Q17,17 14,17 H6 Q3,17 3,14 V6 Q3,3 6,3 Z";
    case "triangle":
      return "M10,2 L18,17 L2,17 Z";
    case "vee":
      return "M2,3 L10,8 L18,3 L10,18 Z";
    case "hexagon":
      return polygon(6, 8.5, 0);
    case "barrel":
      return "M5,3 H15 Q19,10 15,17 H5 Q1,10 5,3 Z";
    case "star":
      return star(5, 9, 3.8);
    case "diamond":
      return "M10,1.5 L18.5,10 L10,18.5 L1.5,10 Z";
    case "pentagon":
      return polygon(5, 8.5, -Math.PI / 2);
  }
}

/** The arrowhead at the line's end, pointing right; null for an undirected type. */
export function arrowGlyphPath(shape: ArrowShape): string | null {
  const { tip, mid } = EDGE_GLYPH;
  const back = tip - 10;
  const triangle = `M${back},${mid - 5} L${tip},${mid} L${back},${mid + 5} Z`;
  switch (shape) {
    case "none":
      return null;
    case "triangle":
      return triangle;
    case "vee":
      return `M${back - 1},${mid - 5} L${tip},${mid} L${back - 1},${mid + 5} L${back + 3},${mid} Z`;
    case "chevron":
      return `M${back - 1},${mid - 5} L${back + 3},${mid - 5} L${tip},${mid} L${back + 3},${mid + 5} L${back - 1},${mid + 5} L${back + 5},${mid} Z`;
    case "tee":
      return `M${tip - 3},${mid - 6} H${tip} V${mid + 6} H${tip - 3} Z`;
    case "square":
      return `M${tip - 8},${mid - 4} H${tip} V${mid + 4} H${tip - 8} Z`;
    case "circle":
      return circle(tip - 4, mid, 4);
    case "diamond":
      return `M${back},${mid} L${back + 5},${mid - 5} L${tip},${mid} L${back + 5},${mid + 5} Z`;
    case "triangle-tee":
      return `${triangle} M${back - 4},${mid - 5} H${back - 2} V${mid + 5} H${back - 4} Z`;
    case "circle-triangle":
      return `M${back + 2},${mid - 5} L${tip},${mid} L${back + 2},${mid + 5} Z ${circle(back - 1, mid, 3)}`;
    case "triangle-backcurve":
      return `M${back},${mid - 5} L${tip},${mid} L${back},${mid + 5} Q${back + 4},${mid} ${back},${mid - 5} Z`;
    case "triangle-cross":
      return `${triangle} M${back - 7},${mid - 7} H${back - 5} V${mid + 7} H${back - 7} Z`;
  }
}

function circle(cx: number, cy: number, r: number): string {
  return `M${cx - r},${cy} a${r},${r} 0 1,0 ${2 * r},0 a${r},${r} 0 1,0 ${-2 * r},0 Z`;
}

function polygon(sides: number, radius: number, rotation: number): string {
  const points = Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (2 * Math.PI * i) / sides;
    return `${round(10 + radius * Math.cos(angle))},${round(10 + radius * Math.sin(angle))}`;
  });
  return `M${points.join(" L")} Z`;
}

function star(points: number, outer: number, inner: number): string {
  const corners = Array.from({ length: points * 2 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (Math.PI * i) / points;
    return `${round(10 + radius * Math.cos(angle))},${round(10 + radius * Math.sin(angle))}`;
  });
  return `M${corners.join(" L")} Z`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
