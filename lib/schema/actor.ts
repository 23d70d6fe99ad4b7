import { z } from "zod";
import { ActorIdSchema } from "./ids";
import { NoteTextSchema, ReaderNameSchema } from "./reader-text";
import { dateOrWords, PartialDateSchema } from "./partial-date";
import { ACTOR_KINDS } from "../vocabulary/vocabulary";


export const ActorKindSchema = z.enum(ACTOR_KINDS);

/** When an actor existed. An unknown start means "before the data begins"; see README "Time". */
export const LifespanSchema = z.strictObject({
  start: z.union([PartialDateSchema, z.literal("unknown")], { error: dateOrWords(["unknown"]) }),
  end: z.union([PartialDateSchema, z.literal("ongoing"), z.literal("unknown")], { error: dateOrWords(["ongoing", "unknown"]) }),
  note: NoteTextSchema.optional().meta({ description: "Where a bound was inferred rather than stated, say how." }),
});

export const ActorSchema = z.strictObject({
  id: ActorIdSchema,
  name: ReaderNameSchema,
  aliases: z.array(ReaderNameSchema).default([]).meta({ description: "Other names a source may use: Tehran, ISIS, Daesh." }),
  kind: ActorKindSchema,
  description: NoteTextSchema.meta({ description: "One line saying who this is." }),
  lifespan: LifespanSchema.optional(),
  parent: ActorIdSchema.optional().meta({ description: "The coalition or umbrella this actor belongs to." }),
  predecessor: ActorIdSchema.optional().meta({ description: "The actor this one continues." }),
});

export type Lifespan = z.infer<typeof LifespanSchema>;
export type Actor = z.infer<typeof ActorSchema>;
