import { z } from "zod";
import { NameSchema, SourceIdSchema, TextSchema, TitleSchema } from "./ids";
import { PartialDateSchema } from "./partial-date";
import { SOURCE_KINDS } from "./vocabulary";

// The kinds live in ./vocabulary (zod-free, for the browser); re-exported for the schema's readers.
export { SOURCE_KINDS, type SourceKind } from "./vocabulary";

export const SourceSchema = z.strictObject({
  id: SourceIdSchema,
  title: TitleSchema,
  outlet: NameSchema.optional().meta({ description: "Outlet or publisher, where the source names it." }),
  author: NameSchema.optional(),
  published: z.strictObject({
    date: PartialDateSchema,
    approximate: z.boolean().meta({ description: "True when the date is an estimate rather than printed on the source." }),
    note: TextSchema.optional().meta({ description: "How an approximate date was worked out." }),
  }),
  url: z
    .url({ protocol: /^https?$/, error: "an http(s) URL" })
    .optional(),
  kind: z.enum(SOURCE_KINDS),
  corpusFile: z
    .string()
    .regex(/^[^/\\]+$/, "a file name inside the corpus directory, without folders")
    .meta({ description: "The file in the corpus directory (data/corpus for the shipped data) whose text the quotes are checked against." }),
  note: TextSchema.optional(),
});

export type Source = z.infer<typeof SourceSchema>;
