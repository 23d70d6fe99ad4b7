
// The analysis views' marks on the canvas, as data: the stylesheet below and the legends in the
// Analysis area both read these tables, so they cannot drift apart.

export type ChangeKind = "formed" | "ended" | "held";

export interface ChangeEncoding {
  color: string;
  /** Dash and gap in px; empty for solid. Each kind differs in colour AND line AND label. */
  dash: number[];
  width: number;
  /** Written on the line; none for "held", which the thin solid grey line already says. */
  label: string;
  description: string;
}

export const CHANGE_ENCODINGS: Record<ChangeKind, ChangeEncoding> = {
  formed: { color: "#0b62c4", dash: [], width: 5, label: "formed", description: "Formed: active in the later year, not the earlier" },
  ended: { color: "#b3261e", dash: [3, 5], width: 3, label: "ended", description: "Ended: active in the earlier year, not the later" },
  held: { color: "#7a8294", dash: [], width: 1.5, label: "", description: "Held: active in both years" },
};

export const ANALYSIS_CLASSES = {
  /** Drawn by the comparison though the map's year would hide it (a relation that ended, its ends). */
  compareVisible: "cmp-visible",
  change: (kind: ChangeKind) => `cmp-${kind}`,
  triadFocus: "triad-focus",
  triadDim: "triad-dim",
  bloc: (index: number) => `bloc-${index}`,
} as const;

export interface BlocEncoding {
  color: string;
  /** Said in the bloc list, so a bloc is named by more than its colour. */
  name: string;
  /** Ring style: a second cue beside the colour. */
  style: "solid" | "dashed" | "double" | "dotted";
}

// Okabe–Ito colours (distinct for the common colour-vision deficiencies), each with a ring style.
export const BLOC_ENCODINGS: readonly BlocEncoding[] = [
  { color: "#e69f00", name: "orange, solid ring", style: "solid" },
  { color: "#56b4e9", name: "sky blue, dashed ring", style: "dashed" },
  { color: "#009e73", name: "green, double ring", style: "double" },
  { color: "#cc79a7", name: "pink, dotted ring", style: "dotted" },
  { color: "#0072b2", name: "blue, solid ring", style: "solid" },
  { color: "#d55e00", name: "vermillion, dashed ring", style: "dashed" },
  { color: "#f0e442", name: "yellow, double ring", style: "double" },
  { color: "#000000", name: "black, dotted ring", style: "dotted" },
];

/** A bloc's encoding; ids beyond the palette reuse it (more than 8 blocs in a year is rare). */
export function blocEncoding(id: number): { index: number; encoding: BlocEncoding } {
  const index = ((id % BLOC_ENCODINGS.length) + BLOC_ENCODINGS.length) % BLOC_ENCODINGS.length;
  return { index, encoding: BLOC_ENCODINGS[index] ?? { color: "#000000", name: "black", style: "solid" } };
}
