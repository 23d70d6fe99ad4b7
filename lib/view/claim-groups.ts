import type { Claim } from "../schema";
import type { EvidenceKind } from "../vocabulary/vocabulary";

/** A claim with its place in its relation's list, so a view can link to exactly that claim. */
export interface IndexedClaim {
  claim: Claim;
  index: number;
}

/** One source's claims on a relation: the one shown, and the rest folded behind it. */
export interface SourceClaimGroup {
  sourceId: string;
  strongest: IndexedClaim;
  rest: IndexedClaim[];
}

// A participant's own words outweigh the source's statement, which outweighs hearsay and opinion.
const EVIDENCE_STRENGTH: Record<EvidenceKind, number> = { participant: 3, fact: 2, secondhand: 1, analysis: 0 };

/**
 * Orders claims strongest first: by evidence kind, then the longer quote (it says more), then
 * their order in the data, so the choice is stable.
 */
export function compareClaimStrength(a: IndexedClaim, b: IndexedClaim): number {
  const byEvidence = EVIDENCE_STRENGTH[b.claim.evidence] - EVIDENCE_STRENGTH[a.claim.evidence];
  if (byEvidence !== 0) return byEvidence;
  const byLength = b.claim.quote.length - a.claim.quote.length;
  return byLength !== 0 ? byLength : a.index - b.index;
}

/**
 * A relation's claims grouped by source, groups in the order their source first appears; in each,
 * the strongest claim and the rest, strongest first.
 */
export function groupClaimsBySource(claims: readonly Claim[]): SourceClaimGroup[] {
  const bySource = new Map<string, IndexedClaim[]>();
  claims.forEach((claim, index) => {
    const list = bySource.get(claim.source) ?? [];
    list.push({ claim, index });
    bySource.set(claim.source, list);
  });
  const groups: SourceClaimGroup[] = [];
  for (const [sourceId, list] of bySource) {
    const [strongest, ...rest] = [...list].sort(compareClaimStrength);
    if (strongest !== undefined) groups.push({ sourceId, strongest, rest });
  }
  return groups;
}
