import { z } from "zod";
import { ActorIdSchema, RelationIdSchema, SourceIdSchema, TextSchema } from "./ids";
import { NoteTextSchema, ReaderNameSchema } from "./reader-text";
import { dateOrWords, PartialDateSchema } from "./partial-date";
import { RelationTypeSchema } from "./relation-types";
import { EVIDENCE_KIND_IDS } from "../vocabulary/vocabulary";


export const EvidenceKindSchema = z.enum(EVIDENCE_KIND_IDS);

// A quote is one or two sentences; longer passages belong in the source, not the dataset.
export const MAX_QUOTE_LENGTH = 400;

export const ClaimSchema = z.strictObject({
  source: SourceIdSchema,
  quote: TextSchema.max(MAX_QUOTE_LENGTH, `a quote of at most ${MAX_QUOTE_LENGTH} characters (one or two sentences)`).meta({
    description: "Verbatim words from the source; only whitespace and quote-mark style may differ.",
  }),
  speaker: z
    .strictObject({
      name: ReaderNameSchema,
      role: NoteTextSchema.optional().meta({ description: "Their position when speaking: 'then President of Iran'." }),
      actor: ActorIdSchema.optional().meta({ description: "The actor they speak for." }),
    })
    .optional()
    .meta({ description: "Who is speaking, when the source quotes someone." }),
  evidence: EvidenceKindSchema,
  note: NoteTextSchema.optional(),
});

export const RelationEndSchema = z.union([PartialDateSchema, z.literal("ongoing"), z.literal("unknown")], { error: dateOrWords(["ongoing", "unknown"]) }).meta({
  description: "A date; 'ongoing' when the source says it still holds; 'unknown' when the source does not say when it ended.",
});

export const RelationSchema = z.strictObject({
  id: RelationIdSchema,
  source: ActorIdSchema,
  target: ActorIdSchema,
  type: RelationTypeSchema,
  start: PartialDateSchema,
  end: RelationEndSchema,
  lastAttested: PartialDateSchema.optional().meta({
    description: "With an 'unknown' or 'ongoing' end: the latest date a source attests the relation (its last dated event), when that is later than its start. A dated end needs none: it is itself the last attested date.",
  }),
  inferred: z
    .strictObject({ start: NoteTextSchema.optional(), end: NoteTextSchema.optional() })
    .optional()
    .meta({ description: "For a bound inferred rather than stated: how it was inferred." }),
  claims: z.array(ClaimSchema).min(1, "at least one claim"),
});

export type Claim = z.infer<typeof ClaimSchema>;
export type RelationEnd = z.infer<typeof RelationEndSchema>;
export type Relation = z.infer<typeof RelationSchema>;
