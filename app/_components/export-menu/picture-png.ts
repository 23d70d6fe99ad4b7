import { EDGE_GLYPH } from "@/lib/canvas";
import { FIGURE_FONT, FIGURE_FRAME, type FigureLayout, type LegendGlyph } from "@/lib/figure";

// Paints a figure layout (caption, frame, legend; see lib/export/figure-layout.ts) and the graph
// bitmap onto one canvas. The layout is in 1× pixels; the canvas is `pixelRatio` times larger,
// so text and glyphs are as sharp as the graph.

export async function paintFigurePng(layout: FigureLayout, graph: ImageBitmap | null, pixelRatio: number): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(layout.width * pixelRatio);
  canvas.height = Math.ceil(layout.height * pixelRatio);
  const ctx = canvas.getContext("2d");
  if (ctx === null) throw new Error("this browser cannot draw on a canvas");
  ctx.scale(pixelRatio, pixelRatio);
  ctx.fillStyle = layout.background;
  ctx.fillRect(0, 0, layout.width, layout.height);

  if (graph !== null && layout.graph !== null) ctx.drawImage(graph, layout.graph.x, layout.graph.y, layout.graph.width, layout.graph.height);
  ctx.strokeStyle = FIGURE_FRAME;
  ctx.lineWidth = 1;
  ctx.strokeRect(layout.frame.x + 0.5, layout.frame.y + 0.5, layout.frame.width - 1, layout.frame.height - 1);

  ctx.textBaseline = "alphabetic";
  for (const text of layout.texts) {
    ctx.font = `${text.bold ? "bold " : ""}${text.size}px ${FIGURE_FONT}`;
    ctx.fillStyle = text.color;
    ctx.textAlign = text.anchor === "middle" ? "center" : "left";
    ctx.fillText(text.text, text.x, text.y);
  }
  for (const { glyph, x, y } of layout.glyphs) {
    ctx.save();
    ctx.translate(x, y);
    paintGlyph(ctx, glyph);
    ctx.restore();
  }
  return canvasBlob(canvas);
}

/** A legend glyph, drawn as the SVG swatch is (lib/export/figure-svg.ts glyphMarkup). */
function paintGlyph(ctx: CanvasRenderingContext2D, glyph: LegendGlyph): void {
  if (glyph.kind === "node") {
    const shape = new Path2D(glyph.path);
    ctx.fillStyle = glyph.color;
    ctx.fill(shape);
    ctx.strokeStyle = "#ffffff";
    ctx.lineWidth = 1;
    ctx.stroke(shape);
    return;
  }
  const line = (color: string, width: number, dash: number[], alpha: number) => {
    ctx.globalAlpha = alpha;
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.beginPath();
    ctx.moveTo(2, EDGE_GLYPH.mid);
    ctx.lineTo(glyph.lineEnd, EDGE_GLYPH.mid);
    ctx.stroke();
    ctx.globalAlpha = 1;
  };
  if (glyph.halo !== null) line(glyph.halo, glyph.width + 8, [], 0.5);
  line(glyph.color, glyph.width, glyph.dash, 1);
  if (glyph.arrow !== null) {
    ctx.fillStyle = glyph.color;
    ctx.fill(new Path2D(glyph.arrow));
  }
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob === null ? reject(new Error("the picture is too large for this browser's canvas")) : resolve(blob)), "image/png");
  });
}
