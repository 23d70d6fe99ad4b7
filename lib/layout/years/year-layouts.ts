import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { NODE_LOOK } from "../../canvas";
import { labelBox } from "../label-box";
import { layoutQuality } from "../layout-quality";
import { footprint, type Point, UNTANGLE_TARGETS, untangle } from "../untangle";
import type { YearGraph } from "../year-graphs";

/** The frame each year is scaled to before untangling: about the map's size at 1400x900. */
export const YEAR_FRAME = { width: 820, height: 560 } as const;
export const YEAR_LAYOUT_SETTINGS = { iterations: 120, edgeWeightInfluence: 0.5 } as const;

/**
 * One layout per year (year → actor id → position, pixels at zoom 1), each started from the year before, so an actor moves little from one
 * year to the next (the mental map) while each year reads on its own: ForceAtlas2 spreads hubs
 * by their ties, then untangling parts labels, linked actors and lines. Deterministic for a
 * given `random`. Actors a year leaves unlinked keep their last place.
 */
export function yearLayouts(graphs: readonly YearGraph[], labels: ReadonlyMap<string, string>, random: () => number): Map<number, Map<string, Point>> {
  const out = new Map<number, Map<string, Point>>();
  const last = new Map<string, Point>();
  for (const graph of graphs) {
    const start = startingPoints(graph, last, random);
    const spread = forceLayout(graph, start);
    const framed = intoFrame(spread, labels);
    const placed = readablePlacement(framed, labels, graph, random);
    const year = new Map(placed);
    for (const [id, p] of placed) last.set(id, p);
    for (const id of graph.unlinked) {
      const p = last.get(id) ?? ringPoint(random);
      year.set(id, p);
      last.set(id, p);
    }
    out.set(graph.year, year);
  }
  return out;
}

/** Untangles; where a knot remains, shakes the actors caught in it and tries again (a few times). */
function readablePlacement(framed: ReadonlyMap<string, Point>, labels: ReadonlyMap<string, string>, graph: YearGraph, random: () => number): Map<string, Point> {
  let placed = untangle(framed, labels, graph.pairs);
  for (let attempt = 0; attempt < RETRIES; attempt += 1) {
    const caught = knotted(placed, labels, graph);
    if (caught.size === 0) break;
    const shaken = new Map([...placed].map(([id, p]) => [id, caught.has(id) ? { x: p.x + (random() - 0.5) * 90, y: p.y + (random() - 0.5) * 90 } : p]));
    placed = untangle(shaken, labels, graph.pairs);
  }
  return placed;
}

const RETRIES = 6;

// The actors involved in whatever the quality check would still report.
function knotted(placed: ReadonlyMap<string, Point>, labels: ReadonlyMap<string, string>, graph: YearGraph): Set<string> {
  const nodes = [...placed].map(([id, p]) => ({ id, x: p.x, y: p.y, radius: NODE_LOOK.size / 2, label: labelBox(labels.get(id) ?? "", p.x, p.y) }));
  // Stricter than the check itself: the map is drawn smaller than this frame on most screens.
  const quality = layoutQuality(nodes, graph.pairs, UNTANGLE_TARGETS.lineClearance - 2);
  const caught = new Set<string>();
  for (const entry of [...quality.labelOverlaps, ...quality.labelOnNode]) for (const id of entry.split(" / ")) caught.add(id);
  for (const entry of quality.onForeignLines) caught.add(entry.split(" on ")[0] ?? "");
  return caught;
}

// Known actors start where they last stood; a newcomer beside its placed neighbours, or anywhere.
function startingPoints(graph: YearGraph, last: ReadonlyMap<string, Point>, random: () => number): Map<string, Point> {
  const start = new Map<string, Point>();
  for (const id of graph.linked) {
    const known = last.get(id);
    if (known !== undefined) start.set(id, { ...known });
  }
  for (const id of graph.linked) {
    if (start.has(id)) continue;
    const neighbours = graph.pairs.flatMap((pair) => (pair.source === id ? [pair.target] : pair.target === id ? [pair.source] : [])).map((n) => start.get(n)).filter((p) => p !== undefined);
    const jitter = () => (random() - 0.5) * 120;
    if (neighbours.length > 0) start.set(id, { x: mean(neighbours.map((p) => p.x)) + jitter(), y: mean(neighbours.map((p) => p.y)) + jitter() });
    else start.set(id, { x: (random() - 0.5) * YEAR_FRAME.width, y: (random() - 0.5) * YEAR_FRAME.height });
  }
  return start;
}

function forceLayout(graph: YearGraph, start: ReadonlyMap<string, Point>): Map<string, Point> {
  const g = new Graph({ type: "undirected" });
  for (const [id, p] of start) g.addNode(id, { x: p.x, y: p.y, size: 40 });
  for (const pair of graph.pairs) g.mergeEdge(pair.source, pair.target, { weight: pair.relations });
  if (g.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(g), outboundAttractionDistribution: true, edgeWeightInfluence: YEAR_LAYOUT_SETTINGS.edgeWeightInfluence, adjustSizes: true };
    forceAtlas2.assign(g, { iterations: YEAR_LAYOUT_SETTINGS.iterations, settings });
  }
  const out = new Map<string, Point>();
  g.forEachNode((id, a) => out.set(id, { x: a.x as number, y: a.y as number }));
  return out;
}

// Scaled (not stretched) so the footprints fill the frame, centred on the origin.
function intoFrame(points: ReadonlyMap<string, Point>, labels: ReadonlyMap<string, string>): Map<string, Point> {
  if (points.size <= 1) return new Map([...points].map(([id]) => [id, { x: 0, y: 0 }]));
  const xs = [...points.values()].map((p) => p.x);
  const ys = [...points.values()].map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const widest = Math.max(...[...points].map(([id, p]) => footprint(labels.get(id) ?? "", p).right - p.x)) * 2;
  const scale = Math.min((YEAR_FRAME.width - widest) / Math.max(maxX - minX, 1), (YEAR_FRAME.height - 80) / Math.max(maxY - minY, 1));
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  return new Map([...points].map(([id, p]) => [id, { x: (p.x - cx) * scale, y: (p.y - cy) * scale }]));
}

function ringPoint(random: () => number): Point {
  const angle = random() * Math.PI * 2;
  return { x: Math.cos(angle) * YEAR_FRAME.width * 0.6, y: Math.sin(angle) * YEAR_FRAME.height * 0.6 };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
