import type { Point } from "./elements";

export interface Viewport {
  zoom: number;
  pan: Point;
}

/**
 * The zoom and pan that fit every node position into a container, whatever is hidden at the
 * moment: Cytoscape's own fit measures only visible elements, but the frame should hold all
 * years so that scrubbing never moves an actor off screen.
 */
export function fitPositions(positions: readonly Point[], width: number, height: number, padding: number, maxZoom = 1.6, minZoom = 0): Viewport {
  if (positions.length === 0 || width <= 2 * padding || height <= 2 * padding) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const { x, y } of positions) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const spanX = Math.max(maxX - minX, 1);
  const spanY = Math.max(maxY - minY, 1);
  // A floor keeps labels legible on a small screen: what does not fit is a pan away.
  const zoom = Math.max(minZoom, Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY, maxZoom));
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  return { zoom, pan: { x: width / 2 - centre.x * zoom, y: height / 2 - centre.y * zoom } };
}
