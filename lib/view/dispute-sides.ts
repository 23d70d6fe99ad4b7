import type { AllianceModel } from "../graph/alliance-model";
import type { Claim, Dispute, DisputeSide, Relation } from "../schema";
import { describeRelationParts, type RelationDescription } from "./describe-relation";
import { findDispute, relationDisputeIds } from "./lookup";

/** A dispute side with its relation and the claims it rests on. */
export interface ResolvedSide {
  side: DisputeSide;
  description: RelationDescription;
  /** The side's claims: only the pinned source's (and quote's) when the side names one, else all the relation's. */
  claims: Claim[];
}

export interface DisputeView {
  dispute: Dispute;
  /** The side this relation takes (the first, if the dispute pins it twice to different sources). */
  own: ResolvedSide;
  /** Every other side, in the dispute's order; one may rest on this same relation from another source. */
  others: ResolvedSide[];
}

/** The claims a side rests on. */
export function sideClaims(relation: Relation, side: DisputeSide): Claim[] {
  return relation.claims.filter((claim) => (side.source === undefined || claim.source === side.source) && (side.quote === undefined || claim.quote.startsWith(side.quote)));
}

/** Every dispute this relation is a side of, with this relation's side and the sides against it. */
export function disputeSides(model: AllianceModel, relationId: string): DisputeView[] {
  const views: DisputeView[] = [];
  for (const disputeId of relationDisputeIds(model, relationId)) {
    const dispute = findDispute(model, disputeId);
    if (dispute === null) continue;
    const ownIndex = dispute.sides.findIndex((side) => side.relation === relationId);
    const resolved = dispute.sides.map((side) => resolveSide(model, side));
    const own = resolved[ownIndex];
    if (own === undefined || own === null) continue;
    const others = resolved.filter((side, index): side is ResolvedSide => index !== ownIndex && side !== null);
    views.push({ dispute, own, others });
  }
  return views;
}

function resolveSide(model: AllianceModel, side: DisputeSide): ResolvedSide | null {
  if (!model.graph.hasEdge(side.relation)) return null;
  const description = describeRelationParts(model, side.relation);
  return { side, description, claims: sideClaims(description.relation, side) };
}
