import type { AllianceModel } from "../graph";
import { everyRelationIn, type Snapshot, snapshotOf } from "../snapshot";
import { edgeElementId, nodeElementId } from "./elements";
import type { Mark } from "./mark";

const marks = new WeakMap<Snapshot, Mark>();

/**
 * The elements the year holds but the month does not (month mode): the off-year mark keeps
 * reading the year's index, and this small set, a year's share, is what a month step changes.
 */
export function offMonthMark(model: AllianceModel, year: number, month: number): Mark {
  const inMonth = snapshotOf(model, everyRelationIn(year, month));
  let mark = marks.get(inMonth);
  if (mark === undefined) {
    const inYear = snapshotOf(model, everyRelationIn(year));
    const relations = new Set(inMonth.presentRelationIds);
    const actors = new Set(inMonth.actorIds);
    const ids = new Set<string>();
    for (const id of inYear.presentRelationIds) if (!relations.has(id)) ids.add(edgeElementId(id));
    for (const id of inYear.actorIds) if (!actors.has(id)) ids.add(nodeElementId(id));
    marks.set(inMonth, (mark = { kind: "ids", ids }));
  }
  return mark;
}
