import { NODE_LOOK } from "../canvas";

/** An axis-aligned box, in model units (pixels at zoom 1). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

// Calibrated on Chromium's drawing of the shipped names: the average glyph width (which decides
// wrapping) and what Cytoscape's label box adds around the text (outline and padding).
const GLYPH_WIDTH = 0.56;
const LINE_HEIGHT = 1.3;
const BOX_EXTRA = { width: 22, height: 8 } as const;

/** The label's size as Cytoscape draws it: wrapped at the style's maximum width, below the node. */
export function labelSize(label: string): { width: number; height: number } {
  const glyph = NODE_LOOK.fontSize * GLYPH_WIDTH;
  const perLine = Math.max(1, Math.floor(NODE_LOOK.textMaxWidth / glyph));
  let lines = 0;
  let widest = 0;
  for (const word of wrap(label, perLine)) {
    lines += 1;
    widest = Math.max(widest, word.length);
  }
  return { width: Math.min(NODE_LOOK.textMaxWidth, widest * glyph) + BOX_EXTRA.width, height: Math.max(1, lines) * NODE_LOOK.fontSize * LINE_HEIGHT + BOX_EXTRA.height };
}

/** The label's box for a node centred at (x, y). */
export function labelBox(label: string, x: number, y: number): Box {
  const { width, height } = labelSize(label);
  const top = y + NODE_LOOK.size / 2 + NODE_LOOK.textMarginY;
  return { left: x - width / 2, right: x + width / 2, top, bottom: top + height };
}

/** The node's own disc as a box. */
export function nodeBox(x: number, y: number): Box {
  const r = NODE_LOOK.size / 2;
  return { left: x - r, right: x + r, top: y - r, bottom: y + r };
}

// Greedy word wrap, as the canvas does it: a word longer than a line takes a line of its own.
function* wrap(label: string, perLine: number): Generator<string> {
  let line = "";
  for (const word of label.split(/\s+/).filter((w) => w !== "")) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= perLine) line = `${line} ${word}`;
    else {
      yield line;
      line = word;
    }
  }
  if (line !== "") yield line;
}
