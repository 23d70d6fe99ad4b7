import type { AllianceModel } from "../../graph/alliance-model";
import { findTriads, type Triad } from "./find-triads";
import { signedPairsAt, type SignOptions } from "./signed-pairs";

/** The signed triads of one year. */
export function triadsAt(model: Pick<AllianceModel, "graph" | "relationIndex" | "actorIndex">, year: number, options: SignOptions = {}): Triad[] {
  return findTriads(signedPairsAt(model, year, options));
}
