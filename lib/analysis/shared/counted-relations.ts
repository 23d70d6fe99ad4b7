import { type MomentLike, momentOf } from "../../time/moment";
import type { AllianceModel } from "../../graph/alliance-model";
import { everyRelationIn, snapshotOf } from "../../snapshot";

export { COUNT_UNATTESTED_BY_DEFAULT } from "../../time/attestation-periods";

/** The relations an analysis reads in a year (or a month of it), whatever the map's filters: all present, or only the attested. */
export function countedRelationsIn(model: Pick<AllianceModel, "graph" | "relationIndex" | "actorIndex">, at: MomentLike, countUnattested: boolean): readonly string[] {
  const { year, month } = momentOf(at);
  const snapshot = snapshotOf(model, everyRelationIn(year, month));
  return countUnattested ? snapshot.relationIds : snapshot.attestedRelationIds;
}
