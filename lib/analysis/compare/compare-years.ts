import { defaultFilters, type RelationFilters } from "../../filters";
import type { AllianceModel } from "../../graph";
import { snapshotOf } from "../../snapshot";

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
 * Only relations the filters let through are compared.
 */
export function compareYears(model: AllianceModel, yearA: number, yearB: number, filters: RelationFilters = defaultFilters()): YearComparison {
  const earlier = Math.min(yearA, yearB);
  const later = Math.max(yearA, yearB);
  // Both years through the one snapshot, so the filters treat them exactly as the map does.
  const before = snapshotOf(model, { year: earlier, filters }).relationIds;
  const after = snapshotOf(model, { year: later, filters }).relationIds;
  const wasThere = new Set(before);
  const isThere = new Set(after);
  return {
    earlier,
    later,
    formed: after.filter((id) => !wasThere.has(id)),
    ended: before.filter((id) => !isThere.has(id)),
    held: after.filter((id) => wasThere.has(id)),
  };
}
