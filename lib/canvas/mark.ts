import { changeBetween, type TimeIndex } from "../graph";
import { edgeElementId, nodeElementId, PAIR_PREFIX } from "./elements";

/**
 * Which elements carry one class, said without listing every element where that would cost
 * the whole graph: `ids` lists them, `all-but` lists the few that do not, `off-year` names a year
 * (the elements absent from it), so two years' marks differ by what the time index says changed.
 */
export type Mark =
  | { kind: "ids"; ids: ReadonlySet<string> }
  | { kind: "all-but"; ids: ReadonlySet<string> }
  | { kind: "off-year"; year: number; actors: TimeIndex; relations: TimeIndex };

export interface MarkChange {
  add: string[];
  remove: string[];
}

const NO_CHANGE: MarkChange = { add: [], remove: [] };

/** The elements to give and to take the class, going from `previous` to `next` (null: no element has it). */
export function markChange(previous: Mark | null, next: Mark | null, universe: Iterable<string>): MarkChange {
  if (previous === next) return NO_CHANGE;
  if (previous !== null && next !== null) {
    if (previous.kind === "off-year" && next.kind === "off-year" && previous.actors === next.actors && previous.relations === next.relations) {
      return yearChange(previous, next.year);
    }
    if (previous.kind === next.kind && previous.kind !== "off-year" && next.kind !== "off-year") {
      const [gained, lost] = [difference(next.ids, previous.ids), difference(previous.ids, next.ids)];
      // For "all-but" the listed ids are those WITHOUT the class, so the roles swap.
      return previous.kind === "ids" ? { add: gained, remove: lost } : { add: lost, remove: gained };
    }
  }
  // Any other transition (the first application, a mark switched on or off): look at every element.
  const had = memberTest(previous);
  const has = memberTest(next);
  const add: string[] = [];
  const remove: string[] = [];
  for (const id of universe) {
    const before = had(id);
    const after = has(id);
    if (after && !before) add.push(id);
    else if (before && !after) remove.push(id);
  }
  return { add, remove };
}

/** Whether an element carries the class under `mark`. */
export function memberTest(mark: Mark | null): (elementId: string) => boolean {
  if (mark === null) return () => false;
  if (mark.kind === "ids") return (id) => mark.ids.has(id);
  if (mark.kind === "all-but") return (id) => !mark.ids.has(id);
  const present = new Set([...presentIn(mark.actors, mark.year).map(nodeElementId), ...presentIn(mark.relations, mark.year).map(edgeElementId)]);
  // Pair lines are in no time index: their own mark says when they are drawn.
  return (id) => !present.has(id) && !id.startsWith(PAIR_PREFIX);
}

function presentIn(index: TimeIndex, year: number): readonly string[] {
  return index.present.get(year) ?? [];
}

// Elements entering the year lose "off-year"; elements leaving it gain it.
function yearChange(previous: Extract<Mark, { kind: "off-year" }>, to: number): MarkChange {
  if (previous.year === to) return NO_CHANGE;
  const actors = changeBetween(previous.actors, previous.year, to);
  const relations = changeBetween(previous.relations, previous.year, to);
  return {
    add: [...actors.removed.map(nodeElementId), ...relations.removed.map(edgeElementId)],
    remove: [...actors.added.map(nodeElementId), ...relations.added.map(edgeElementId)],
  };
}

function difference(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const id of a) if (!b.has(id)) out.push(id);
  return out;
}
