import type { AllianceModel } from "../../graph/alliance-model";
import { everyRelationIn, snapshotOf } from "../../snapshot";

export { COUNT_UNATTESTED_BY_DEFAULT } from "../../time/attestation-periods";

/** The relations an analysis reads in a year, whatever the map's filters: all present, or only the attested. */
export function countedRelationsIn(model: Pick<AllianceModel, "graph" | "relationIndex" | "actorIndex">, year: number, countUnattested: boolean): readonly string[] {
  const snapshot = snapshotOf(model, everyRelationIn(year));
  return countUnattested ? snapshot.relationIds : snapshot.attestedRelationIds;
}
