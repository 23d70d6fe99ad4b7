import type { Box } from "./label-box";

/** A drawn actor: its centre, its disc's radius and its label's box, all in the same units. */
export interface DrawnNode {
  id: string;
  x: number;
  y: number;
  radius: number;
  label: Box;
}

export interface DrawnPair {
  source: string;
  target: string;
}

/** What makes a map hard to read, measured: the figures the layout-quality checks hold to targets. */
export interface LayoutQuality {
  /** The smallest centre-to-centre distance between two linked actors (Infinity with no pair). */
  minLinkedDistance: number;
  /** Label boxes that overlap another label box, as "a / b". */
  labelOverlaps: string[];
  /** A label box over another actor's disc, as "label / actor". */
  labelOnNode: string[];
  /** An actor whose disc comes within `clearance` of a line it is not part of, as "actor on a–b". */
  onForeignLines: string[];
}

/** How far (in the drawing's units) a line must pass from a disc it does not end at. */
export const LINE_CLEARANCE = 3;

export function layoutQuality(nodes: readonly DrawnNode[], pairs: readonly DrawnPair[], clearance = LINE_CLEARANCE): LayoutQuality {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  let minLinkedDistance = Infinity;
  const onForeignLines: string[] = [];
  for (const pair of pairs) {
    const a = byId.get(pair.source);
    const b = byId.get(pair.target);
    if (a === undefined || b === undefined) continue;
    minLinkedDistance = Math.min(minLinkedDistance, Math.hypot(a.x - b.x, a.y - b.y));
    for (const node of nodes) {
      if (node === a || node === b) continue;
      if (segmentDistance(node, a, b) < node.radius + clearance) onForeignLines.push(`${node.id} on ${a.id}–${b.id}`);
    }
  }
  const labelOverlaps: string[] = [];
  const labelOnNode: string[] = [];
  for (const [i, node] of nodes.entries()) {
    for (const other of nodes.slice(i + 1)) if (overlaps(node.label, other.label)) labelOverlaps.push(`${node.id} / ${other.id}`);
    for (const other of nodes) if (other !== node && overlaps(node.label, discBox(other))) labelOnNode.push(`${node.id} / ${other.id}`);
  }
  return { minLinkedDistance, labelOverlaps, labelOnNode, onForeignLines };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function discBox(node: DrawnNode): Box {
  return { left: node.x - node.radius, right: node.x + node.radius, top: node.y - node.radius, bottom: node.y + node.radius };
}

/** The distance from point p to the segment a–b. */
export function segmentDistance(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
