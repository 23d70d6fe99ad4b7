import type { AllianceModel } from "../graph/alliance-model";
import { sideClaims } from "./dispute-sides";
import { findRelation } from "./lookup";

export interface SourceUse {
  /** Relations with at least one claim from the source, in dataset order. */
  relationIds: string[];
  /** Disputes with a side resting on a claim from the source. */
  disputeIds: string[];
}

/** For every source id in the dataset, what it supports. Sources no claim uses map to empty lists. */
export function sourceUsage(model: AllianceModel): Map<string, SourceUse> {
  const usage = new Map<string, SourceUse>(model.dataset.sources.map((source) => [source.id, { relationIds: [], disputeIds: [] }]));
  const entryFor = (sourceId: string): SourceUse => {
    const existing = usage.get(sourceId);
    if (existing !== undefined) return existing;
    const created: SourceUse = { relationIds: [], disputeIds: [] };
    usage.set(sourceId, created);
    return created;
  };
  for (const relation of model.dataset.relations) {
    for (const sourceId of new Set(relation.claims.map((claim) => claim.source))) entryFor(sourceId).relationIds.push(relation.id);
  }
  for (const dispute of model.dataset.disputes) {
    const sourceIds = new Set<string>();
    for (const side of dispute.sides) {
      const relation = findRelation(model, side.relation);
      if (relation === null) continue;
      for (const claim of sideClaims(relation, side)) sourceIds.add(claim.source);
    }
    for (const sourceId of sourceIds) entryFor(sourceId).disputeIds.push(dispute.id);
  }
  return usage;
}

/** The number of distinct sources a relation's claims come from. */
export function distinctSourceCount(claims: readonly { source: string }[]): number {
  return new Set(claims.map((claim) => claim.source)).size;
}
