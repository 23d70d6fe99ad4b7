import type { AllianceModel } from "../graph/alliance-model";
import { changeBetween, presentAt } from "../graph/time-index";

/** How the relations of two years differ. Which year was picked first does not matter. */
export interface YearComparison {
  earlier: number;
  later: number;
  /** Active in the later year and not in the earlier one. */
  formed: string[];
  /** Active in the earlier year and not in the later one. */
  ended: string[];
  /** Active in both years (not necessarily in every year between them). */
  held: string[];
}

/**
 * The diff of two years' relations, by the same "active in a year" rule as the map: an
 * "ongoing" relation is active up to the data's present, one with an "unknown" end only in its
 * start year. So an unknown-end relation that started in the earlier year counts as ended, and
 * one that started in the later year as formed; it is never "held" across two different years.
 */
export function compareYears(model: Pick<AllianceModel, "relationIndex">, yearA: number, yearB: number): YearComparison {
  const earlier = Math.min(yearA, yearB);
  const later = Math.max(yearA, yearB);
  const change = changeBetween(model.relationIndex, earlier, later);
  const formedSet = new Set(change.added);
  const held = presentAt(model.relationIndex, later).filter((id) => !formedSet.has(id));
  return { earlier, later, formed: change.added, ended: change.removed, held };
}
