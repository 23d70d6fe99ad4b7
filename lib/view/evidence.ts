import { EVIDENCE_KINDS, type EvidenceKind } from "../vocabulary/vocabulary";

/** The human label of an evidence kind: "A participant's own statement". */
export function evidenceLabel(kind: EvidenceKind): string {
  return EVIDENCE_KINDS[kind];
}
