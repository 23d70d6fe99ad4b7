import { arrowGlyphPath, DISPUTE_ENCODING, EDGE_ENCODINGS, EDGE_GLYPH, type EdgeEncoding, NODE_ENCODINGS, NODE_GLYPH_SIZE, nodeGlyphPath, PAIR_ENCODINGS } from "@/lib/canvas";
import type { PairTone } from "@/lib/snapshot";
import type { ActorKind, RelationType } from "@/lib/vocabulary";

/** A relation type drawn as on the canvas: colour, dash pattern, width and arrowhead. */
export function EdgeSwatch({ type, disputed = false }: { type: RelationType; disputed?: boolean }) {
  return <LineSwatch encoding={EDGE_ENCODINGS[type]} disputed={disputed} />;
}

/** A pair line of a tone, as on the canvas (its badge is drawn by the legend's text). */
export function PairSwatch({ tone }: { tone: PairTone }) {
  return <LineSwatch encoding={PAIR_ENCODINGS[tone]} disputed={false} />;
}

function LineSwatch({ encoding, disputed }: { encoding: EdgeEncoding; disputed: boolean }) {
  const arrow = arrowGlyphPath(encoding.arrow);
  const lineEnd = arrow === null ? EDGE_GLYPH.width - 2 : EDGE_GLYPH.lineEnd;
  return (
    <svg width={EDGE_GLYPH.width} height={EDGE_GLYPH.height} viewBox={`0 0 ${EDGE_GLYPH.width} ${EDGE_GLYPH.height}`} aria-hidden="true" focusable="false">
      {disputed ? <line x1={2} y1={EDGE_GLYPH.mid} x2={lineEnd} y2={EDGE_GLYPH.mid} stroke={DISPUTE_ENCODING.halo} strokeOpacity={0.5} strokeWidth={encoding.width + 8} /> : null}
      <line
        x1={2}
        y1={EDGE_GLYPH.mid}
        x2={lineEnd}
        y2={EDGE_GLYPH.mid}
        stroke={encoding.color}
        strokeWidth={Math.min(encoding.width, 5)}
        strokeDasharray={encoding.dash.length > 0 ? encoding.dash.map((n) => n * 0.7).join(" ") : undefined}
      />
      {arrow === null ? null : <path d={arrow} fill={encoding.color} />}
    </svg>
  );
}

/** An actor kind drawn as on the canvas: shape and fill. */
export function NodeSwatch({ kind }: { kind: ActorKind }) {
  const encoding = NODE_ENCODINGS[kind];
  return (
    <svg width={NODE_GLYPH_SIZE} height={NODE_GLYPH_SIZE} viewBox={`0 0 ${NODE_GLYPH_SIZE} ${NODE_GLYPH_SIZE}`} aria-hidden="true" focusable="false">
      <path d={nodeGlyphPath(encoding.shape)} fill={encoding.color} stroke="#ffffff" strokeWidth={1} />
    </svg>
  );
}
