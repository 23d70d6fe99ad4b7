import type { MomentLike } from "../../time/moment";
import type { AllianceModel } from "../../graph/alliance-model";
import { findTriads, type Triad } from "./find-triads";
import { signedPairsAt, type SignOptions } from "./signed-pairs";

/** The signed triads of one year, or one month (the finest resolution the data allows). */
export function triadsAt(model: Pick<AllianceModel, "graph" | "relationIndex" | "actorIndex">, at: MomentLike, options: SignOptions = {}): Triad[] {
  return findTriads(signedPairsAt(model, at, options));
}
