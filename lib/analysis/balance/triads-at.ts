import type { AllianceModel } from "../../graph/alliance-model";
import { findTriads, type Triad } from "./find-triads";
import { signedPairsAt } from "./signed-pairs";
import { COUNT_UNATTESTED_BY_DEFAULT } from "../shared/counted-relations";

/** The signed triads of one year. */
export function triadsAt(model: Pick<AllianceModel, "graph" | "relationIndex" | "actorIndex">, year: number, countUnattested = COUNT_UNATTESTED_BY_DEFAULT): Triad[] {
  return findTriads(signedPairsAt(model, year, countUnattested));
}
