import type { AllianceModel } from "../../graph/alliance-model";
import { findTriads, type Triad } from "./find-triads";
import { signedPairsAt } from "./signed-pairs";

/** The signed triads of one year. */
export function triadsAt(model: Pick<AllianceModel, "graph" | "relationIndex" | "actorIndex">, year: number): Triad[] {
  return findTriads(signedPairsAt(model, year));
}
