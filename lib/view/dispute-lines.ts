import type { AllianceModel } from "../graph/alliance-model";
import type { Dispute } from "../schema";
import { describeRelation } from "./describe-relation";
import { findDispute, relationDisputeIds } from "./lookup";

/** One side of a dispute in a line: what it holds, and whether it is the relation being read. */
export interface DisputeLine {
  position: string;
  relationId: string;
  /** The side's relation in words: "Iran opposes United States, 2001". */
  relationText: string;
  /** True for every side resting on the relation being read (it may be pinned to several sources). */
  isThisRelation: boolean;
  /** The source the side is pinned to, when it names one. */
  sourceId: string | null;
}

export interface DisputeSummary {
  dispute: Dispute;
  lines: DisputeLine[];
}

/** Every dispute the relation is a side of, one line per side in the dispute's order. */
export function disputeSummaries(model: AllianceModel, relationId: string): DisputeSummary[] {
  const summaries: DisputeSummary[] = [];
  for (const disputeId of relationDisputeIds(model, relationId)) {
    const dispute = findDispute(model, disputeId);
    if (dispute === null) continue;
    const lines = dispute.sides
      .filter((side) => model.graph.hasEdge(side.relation))
      .map((side) => ({
        position: side.position,
        relationId: side.relation,
        relationText: describeRelation(model, side.relation),
        isThisRelation: side.relation === relationId,
        sourceId: side.source ?? null,
      }));
    summaries.push({ dispute, lines });
  }
  return summaries;
}
