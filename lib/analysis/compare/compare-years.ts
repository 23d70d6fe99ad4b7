import { defaultFilters, type RelationFilters } from "../../filters";
import type { AllianceModel } from "../../graph";
import { snapshotOf } from "../../snapshot";
import { COUNT_UNATTESTED_BY_DEFAULT } from "../shared/counted-relations";

/** How the relations of two years differ. Which year was picked first does not matter. */
export interface YearComparison {
  earlier: number;
  later: number;
  /** Whether relations continuing unattested counted as present (the analyses' switch). */
  countsUnattested: boolean;
  /** Present in the later year and not in the earlier one. */
  formed: string[];
  /** Present in the earlier year, gone in the later one, and a source says it ended (a stated end). */
  ended: string[];
  /**
   * Present in the earlier year and no longer attested in the later one, though no source ends it:
   * it continues unattested there, or its continuation was closed (a contrary relation, an actor's end, the horizon).
   */
  noLongerAttested: string[];
  /** Present in both years, and attested in the later one unless it was already unattested in the earlier. */
  held: string[];
}

/**
 * The diff of two years' relations by the map's rule of time (lib/time/attestation), so "ended"
 * means what a source says, never that the sources fell silent. Only relations the filters let
 * through are compared; with `countUnattested` false, continuations are left out of both years.
 */
export function compareYears(model: AllianceModel, yearA: number, yearB: number, filters: RelationFilters = defaultFilters(), countUnattested = COUNT_UNATTESTED_BY_DEFAULT): YearComparison {
  const earlier = Math.min(yearA, yearB);
  const later = Math.max(yearA, yearB);
  // Both years through the one snapshot, so the filters treat them exactly as the map does.
  const before = snapshotOf(model, { year: earlier, filters });
  const after = snapshotOf(model, { year: later, filters });
  const counted = (snapshot: typeof before) => (countUnattested ? snapshot.relationIds : snapshot.attestedRelationIds);
  const wasThere = new Set(counted(before));
  const isThere = new Set(after.relationIds);
  const comparison: YearComparison = { earlier, later, countsUnattested: countUnattested, formed: [], ended: [], noLongerAttested: [], held: [] };
  comparison.formed = counted(after).filter((id) => !wasThere.has(id));
  for (const id of counted(before)) {
    const attestedLater = isThere.has(id) && !after.unattestedIds.has(id);
    const stillThere = attestedLater || (countUnattested && isThere.has(id) && before.unattestedIds.has(id));
    if (stillThere) comparison.held.push(id);
    else if (!isThere.has(id) && model.graph.getEdgeAttribute(id, "attestation").basis === "stated-end") comparison.ended.push(id);
    else comparison.noLongerAttested.push(id);
  }
  return comparison;
}
