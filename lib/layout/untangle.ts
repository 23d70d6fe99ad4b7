import { type Box, labelBox, nodeBox } from "./label-box";
import { segmentDistance } from "./layout-quality";
import { NODE_LOOK } from "../canvas";

export interface Point {
  x: number;
  y: number;
}

/** What the untangling holds every drawn actor to, in pixels at zoom 1. */
export const UNTANGLE_TARGETS = { minLinked: 80, gap: 10, lineClearance: 14, rounds: 400 } as const;

/**
 * Moves actors apart, as little as it can, until no actor's disc-and-label footprint touches
 * another's, linked actors are `minLinked` apart, and no disc sits on a line it is not part of.
 * Pure: returns new positions; stops early once a round changes nothing.
 */
export function untangle(start: ReadonlyMap<string, Point>, labels: ReadonlyMap<string, string>, pairs: readonly { source: string; target: string }[]): Map<string, Point> {
  const at = new Map([...start].map(([id, p]) => [id, { x: p.x, y: p.y }]));
  const ids = [...at.keys()];
  const { minLinked, gap, lineClearance, rounds } = UNTANGLE_TARGETS;
  const linked = pairs.filter((pair) => at.has(pair.source) && at.has(pair.target) && pair.source !== pair.target);
  for (let round = 0; round < rounds; round += 1) {
    let moved = false;
    const footprints = new Map(ids.map((id) => [id, footprint(labels.get(id) ?? "", at.get(id) as Point)]));
    for (const [i, a] of ids.entries()) {
      for (const b of ids.slice(i + 1)) moved = separateBoxes(at.get(a) as Point, at.get(b) as Point, footprints.get(a) as Box, footprints.get(b) as Box, gap) || moved;
    }
    for (const pair of linked) moved = keepApart(at.get(pair.source) as Point, at.get(pair.target) as Point, minLinked) || moved;
    for (const pair of linked) {
      const a = at.get(pair.source) as Point;
      const b = at.get(pair.target) as Point;
      for (const id of ids) {
        if (id === pair.source || id === pair.target) continue;
        moved = stepOffLine(at.get(id) as Point, a, b, NODE_LOOK.size / 2 + lineClearance) || moved;
      }
    }
    if (!moved) break;
  }
  return at;
}

/** The box an actor's disc and label take together. */
export function footprint(label: string, p: Point): Box {
  const disc = nodeBox(p.x, p.y);
  const text = labelBox(label, p.x, p.y);
  return { left: Math.min(disc.left, text.left), right: Math.max(disc.right, text.right), top: disc.top, bottom: text.bottom };
}

// Two footprints that overlap (with the gap) move apart along the axis that needs the shorter move.
function separateBoxes(a: Point, b: Point, boxA: Box, boxB: Box, gap: number): boolean {
  const overlapX = Math.min(boxA.right, boxB.right) - Math.max(boxA.left, boxB.left) + gap;
  const overlapY = Math.min(boxA.bottom, boxB.bottom) - Math.max(boxA.top, boxB.top) + gap;
  if (overlapX <= 0 || overlapY <= 0) return false;
  if (overlapX < overlapY) {
    const sign = a.x < b.x || (a.x === b.x && a.y <= b.y) ? -1 : 1;
    a.x += (sign * overlapX) / 2;
    b.x -= (sign * overlapX) / 2;
  } else {
    const sign = a.y < b.y || (a.y === b.y && a.x <= b.x) ? -1 : 1;
    a.y += (sign * overlapY) / 2;
    b.y -= (sign * overlapY) / 2;
  }
  return true;
}

function keepApart(a: Point, b: Point, distance: number): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const now = Math.hypot(dx, dy);
  if (now >= distance) return false;
  const [ux, uy] = now === 0 ? [1, 0] : [dx / now, dy / now];
  const push = (distance - now) / 2 + 0.01;
  a.x -= ux * push;
  a.y -= uy * push;
  b.x += ux * push;
  b.y += uy * push;
  return true;
}

// A disc too near a line it is not part of steps off it, perpendicular to the line.
function stepOffLine(p: Point, a: Point, b: Point, clearance: number): boolean {
  const d = segmentDistance(p, a, b);
  if (d >= clearance) return false;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  let [nx, ny] = [-dy / length, dx / length];
  if ((p.x - a.x) * nx + (p.y - a.y) * ny < 0) [nx, ny] = [-nx, -ny];
  // The actor takes most of the move and the line the rest, so neither is shoved far.
  const push = clearance - d + 0.5;
  p.x += nx * push * 0.7;
  p.y += ny * push * 0.7;
  for (const end of [a, b]) {
    end.x -= nx * push * 0.15;
    end.y -= ny * push * 0.15;
  }
  return true;
}
