import type { AllianceModel } from "../graph";
import { pairsOf, type SnapshotPair, snapshotOf } from "../snapshot";
import type { CanvasState } from "./canvas-state";
import { type PairLineData, pairElementId } from "./elements";

/** The year's pair lines by element id: every pair with two shown relations or more. */
export type PairLines = ReadonlyMap<string, PairLineData>;

/**
 * Pairs are drawn as one line unless the reader asked for separate lines, or a comparison is on
 * (its formed / ended marks belong to single relations).
 */
export function drawsPairLines(state: Pick<CanvasState, "separateLines" | "comparison">): boolean {
  return !state.separateLines && state.comparison === null;
}

const linesByPairs = new WeakMap<ReadonlyMap<string, SnapshotPair>, PairLines>();
const NO_LINES: PairLines = new Map();

/** The pair lines of the state's year and filters; none when pairs are not drawn as one. Cached per snapshot. */
export function pairLinesOf(model: AllianceModel, state: Pick<CanvasState, "year" | "month" | "filters" | "separateLines" | "comparison">): PairLines {
  if (!drawsPairLines(state)) return NO_LINES;
  const pairs = pairsOf(model, snapshotOf(model, { year: state.year, month: state.month ?? null, filters: state.filters }));
  let lines = linesByPairs.get(pairs);
  if (lines === undefined) {
    const made = new Map<string, PairLineData>();
    for (const pair of pairs.values()) if (pair.relationIds.length >= 2) made.set(pairElementId(pair.key), lineOf(pair));
    linesByPairs.set(pairs, (lines = made));
  }
  return lines;
}

function lineOf(pair: SnapshotPair): PairLineData {
  const count = pair.relationIds.length;
  return { relationIds: pair.relationIds, types: pair.types, count, badge: pair.disputed ? `⚠ ${count}` : String(count), tone: pair.tone, disputed: pair.disputed, assumed: pair.unattested === count };
}

/** Whether two lines say the same (the applier then leaves the element's data alone). */
export function sameLine(a: PairLineData | undefined, b: PairLineData): boolean {
  if (a === b) return true;
  if (a === undefined || a.count !== b.count || a.disputed !== b.disputed || a.assumed !== b.assumed) return false;
  return a.relationIds.every((id, index) => id === b.relationIds[index]);
}
