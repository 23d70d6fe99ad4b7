import { z } from "zod";
import { KebabIdSchema, RelationIdSchema, SourceIdSchema, TextSchema } from "./ids";
import { NoteTextSchema } from "./reader-text";

/**
 * Contradicting claims stay in the dataset, each on the relation it supports; a dispute links them.
 * A side names a relation and, when the relation has several claims, the source of the disputing one
 * (and, when that source gives several, the words its claim opens with).
 */
export const DisputeSideSchema = z.strictObject({
  relation: RelationIdSchema,
  source: SourceIdSchema.optional().meta({ description: "Pins the side to this relation's claim from this source." }),
  quote: TextSchema.optional().meta({ description: "Pins the side to the one claim whose quote begins with these words, when one source gives the relation several." }),
  position: NoteTextSchema.meta({ description: "What this side holds, in a few words." }),
});

export const DisputeSchema = z.strictObject({
  id: KebabIdSchema,
  question: NoteTextSchema.meta({ description: "The point in dispute, as a question." }),
  sides: z.array(DisputeSideSchema).min(2, "at least two sides"),
  note: NoteTextSchema.optional(),
});

export type DisputeSide = z.infer<typeof DisputeSideSchema>;
export type Dispute = z.infer<typeof DisputeSchema>;
