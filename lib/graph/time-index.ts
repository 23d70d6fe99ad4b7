import type { YearSpan } from "../time/year-span";

/**
 * Ids bucketed by the year they appear and the last year they are present, so the change
 * between two years is found by visiting only the buckets in between, not every record.
 */
export interface TimeIndex {
  spans: ReadonlyMap<string, YearSpan>;
  entering: ReadonlyMap<number, readonly string[]>;
  lastPresent: ReadonlyMap<number, readonly string[]>;
  /** Every id present in each year, in index order: a year's lookup costs what the year holds. */
  present: ReadonlyMap<number, readonly string[]>;
}

export interface Change {
  added: readonly string[];
  removed: readonly string[];
}

export function buildTimeIndex(spans: ReadonlyMap<string, YearSpan>): TimeIndex {
  const entering = new Map<number, string[]>();
  const lastPresent = new Map<number, string[]>();
  const present = new Map<number, string[]>();
  for (const [id, span] of spans) {
    push(entering, span.from, id);
    push(lastPresent, span.to, id);
    // Spans are clipped to the data's years, so this stays finite (an empty span adds nothing).
    if (!Number.isFinite(span.from) || !Number.isFinite(span.to)) throw new Error(`time-index: "${id}" has an unbounded span; clip it to the data's years`);
    for (let year = span.from; year <= span.to; year += 1) push(present, year, id);
  }
  return { spans, entering, lastPresent, present };
}

function push(map: Map<number, string[]>, year: number, id: string): void {
  const bucket = map.get(year);
  if (bucket === undefined) map.set(year, [id]);
  else bucket.push(id);
}

// The last change asked of each index: a year step asks the same one twice (the canvas's year
// mark, and the actors left without a relation), and the second answer is then free.
const lastChange = new WeakMap<TimeIndex, { from: number; to: number; change: Change }>();

/** What appears and disappears going from year `from` to year `to` (either direction); the lists are shared, not to be changed. */
export function changeBetween(index: TimeIndex, from: number, to: number): Change {
  const last = lastChange.get(index);
  if (last !== undefined && last.from === from && last.to === to) return last.change;
  const change = computeChange(index, from, to);
  lastChange.set(index, { from, to, change });
  return change;
}

function computeChange(index: TimeIndex, from: number, to: number): Change {
  if (from === to) return { added: [], removed: [] };
  if (from > to) {
    const back = computeChange(index, to, from);
    return { added: back.removed, removed: back.added };
  }
  const added: string[] = [];
  const removed: string[] = [];
  // Present at `to` but not `from`: entered after `from`, still there at `to`.
  for (let year = from + 1; year <= to; year += 1) {
    for (const id of index.entering.get(year) ?? []) if (spanOf(index, id).to >= to) added.push(id);
  }
  // Present at `from` but not `to`: last present before `to`, already there at `from`.
  for (let year = from; year < to; year += 1) {
    for (const id of index.lastPresent.get(year) ?? []) if (spanOf(index, id).from <= from) removed.push(id);
  }
  return { added, removed };
}

function spanOf(index: TimeIndex, id: string): YearSpan {
  const span = index.spans.get(id);
  if (span === undefined) throw new Error(`time-index: unknown id "${id}"`);
  return span;
}

const NONE: readonly string[] = [];

/** Every id present in `year`, in index order; shared, not copied, so callers must not change it. */
export function presentAt(index: TimeIndex, year: number): readonly string[] {
  return index.present.get(year) ?? NONE;
}
