import type { AllianceModel } from "../graph/alliance-model";
import type { Claim } from "../schema";
import { sourceShortLabel } from "../vocabulary/source-label";
import { compareClaimStrength } from "./claim-groups";
import { findRelation, findSource } from "./lookup";

/** A relation's one quote to show inline: its strongest claim, with the source as a reader knows it. */
export interface KeyClaim {
  claim: Claim;
  /** "Mepa News (2021)"; the source id when the source is missing. */
  sourceLabel: string;
}

/** The strongest claim of a relation (as the citation panel ranks them), or null for an unknown id. */
export function keyClaim(model: AllianceModel, relationId: string): KeyClaim | null {
  const relation = findRelation(model, relationId);
  if (relation === null) return null;
  const [strongest] = relation.claims.map((claim, index) => ({ claim, index })).sort(compareClaimStrength);
  if (strongest === undefined) return null;
  const source = findSource(model, strongest.claim.source);
  return { claim: strongest.claim, sourceLabel: source === null ? strongest.claim.source : sourceShortLabel(source) };
}
