import type { ActorKind, EvidenceKind, RelationType, SourceKind } from "../vocabulary";

// The generator's proportions, kept apart so tuning the data's shape touches one file.

export const KIND_WEIGHTS: Record<ActorKind, number> = {
  state: 10,
  government: 8,
  "armed-group": 24,
  militia: 20,
  "political-party": 12,
  community: 9,
  coalition: 6,
  "religious-authority": 5,
  "international-organization": 6,
};

// Roughly what the hand-curated data holds: much support and hostility, less of the narrow kinds.
// A type added to the vocabulary later is simply not generated until it is given a weight here.
export const TYPE_WEIGHTS: Partial<Record<RelationType, number>> = {
  supports: 14,
  enemy: 11,
  cooperates: 10,
  ally: 9,
  attacks: 9,
  negotiates: 8,
  clashes: 7,
  rival: 7,
  funds: 5,
  arms: 5,
  sanctions: 3,
  trains: 3,
  hosts: 3,
  opposes: 2,
  advises: 2,
  "proxy-of": 2,
  criticizes: 2,
  "member-of": 2,
  continues: 1,
};

export const EVIDENCE_WEIGHTS: Record<EvidenceKind, number> = { fact: 45, participant: 20, secondhand: 20, analysis: 15 };
export const SOURCE_KIND_WEIGHTS: Record<SourceKind, number> = { "news-report": 45, analysis: 15, history: 12, "official-statement": 10, opinion: 8, book: 6, advocacy: 4 };
export const CLAIM_COUNT_WEIGHTS = { "1": 68, "2": 22, "3": 10 } as const;

/** Share of relations whose end no source states, and of disputes among relations. */
export const UNKNOWN_END = 0.12;
export const DISPUTED = 0.01;
export const MAX_SPAN = 30;
