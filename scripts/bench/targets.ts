// The targets, each beside what this run measured. Ratios across sizes need both sizes
// in one run (the default, or --sizes seed,20000); a target a run cannot judge says so.

// Type-only, so erased at runtime: loading this file never starts a bench.
import type { SizeResult } from "./run";
import { round } from "./stats";

export interface TargetResult {
  target: string;
  measured: string;
  met: boolean | null;
}

type Pick = (seed: SizeResult | undefined, big: SizeResult | undefined) => { value: number; shown: string } | null;

const at = (r: SizeResult | undefined, read: (r: SizeResult) => number, unit = "") => (r === undefined ? null : { value: read(r), shown: `${round(read(r))}${unit}` });

const TARGETS: { target: string; pick: Pick; atMost: number }[] = [
  { target: "seed: adjacent step → painted frame ÷ Cytoscape's whole frame ≤ 1.2", pick: (s) => at(s, (r) => r.ours.adjacent.totalOverFrame), atMost: 1.2 },
  {
    target: "2,000 / 20,000: first drawn graph ≤ 3x the seed's",
    pick: (s, b) => (s === undefined || b === undefined ? null : { value: b.firstDrawn.median / s.firstDrawn.median, shown: `${round(b.firstDrawn.median / s.firstDrawn.median)}x (${b.firstDrawn.median} vs ${s.firstDrawn.median} ms)` }),
    atMost: 3,
  },
  { target: "2,000 / 20,000: no layout in the browser on load (layout ms)", pick: (_, b) => (b === undefined ? null : { value: b.layoutMs.median, shown: `${b.layoutMs.median} ms (${b.layoutMode ?? "?"})` }), atMost: 0 },
  { target: "2,000 / 20,000: our work + React per adjacent step ≤ 5 ms (input handling, median)", pick: (_, b) => at(b, (r) => r.ours.adjacent.sync.median, " ms"), atMost: 5 },
  { target: "2,000 / 20,000: adjacent step ÷ Cytoscape's whole frame ≤ 1.2", pick: (_, b) => at(b, (r) => r.ours.adjacent.totalOverFrame), atMost: 1.2 },
  // Met when naive ÷ ours is at least 2: compared as ours ÷ naive ≤ 0.5.
  { target: "2,000 / 20,000: ≥ 2x faster than the naive rebuild, end to end (adjacent)", pick: (_, b) => (b === undefined ? null : { value: 1 / b.ratios.naiveOverOursAdjacent, shown: `${b.ratios.naiveOverOursAdjacent}x` }), atMost: 0.5 },
  { target: "2,000 / 20,000: GEXF of all years ≤ 300 ms", pick: (_, b) => at(b, (r) => r.gexf.median, " ms"), atMost: 300 },
  { target: "2,000 / 20,000: /api/snapshot compact JSON, gzip, p50 ≤ 5 ms", pick: (_, b) => at(b, (r) => r.api.json.p50, " ms"), atMost: 5 },
  { target: "2,000 / 20,000: page HTML ≤ 300 KB gzipped", pick: (_, b) => at(b, (r) => r.firstLoadJs.htmlGzipKb, " KB"), atMost: 300 },
  {
    target: "JS heap after 200 steps ≤ after load (each size); 200 steps more, beside it",
    pick: (s, b) => {
      const sizes = [s, b].filter((r): r is SizeResult => r !== undefined);
      if (sizes.length === 0) return null;
      const worst = Math.max(...sizes.map((r) => r.heap.afterStepsMb - r.heap.afterLoadMb));
      return { value: worst, shown: sizes.map((r) => `${r.label}: ${r.heap.afterLoadMb} → ${r.heap.afterStepsMb} MB (${r.heap.steps} steps) → ${r.heap.afterMoreStepsMb} MB (200 more)`).join("; ") };
    },
    atMost: 0,
  },
];

export function targetResults(results: readonly SizeResult[]): TargetResult[] {
  const seed = results.find((r) => r.size === "seed");
  const big = results.find((r) => r.size === "20000");
  return TARGETS.map(({ target, pick, atMost }) => {
    const picked = pick(seed, big);
    if (picked === null) return { target, measured: "not measured (run seed and 20000 together)", met: null };
    return { target, measured: picked.shown, met: picked.value <= atMost };
  });
}

export function targetsTable(targets: readonly TargetResult[]): string {
  const verdict = (met: boolean | null) => (met === null ? "—" : met ? "met" : "**not met**");
  return ["| target | measured | |", "| --- | --- | --- |", ...targets.map((t) => `| ${t.target} | ${t.measured} | ${verdict(t.met)} |`)].join("\n");
}
