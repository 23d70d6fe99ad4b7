import { z } from "zod";
import { SourceIdSchema } from "./ids";
import { NoteTextSchema, ReaderNameSchema, ReaderTitleSchema } from "./reader-text";
import { PartialDateSchema } from "./partial-date";
import { PLAIN_HTTP_URL, PLAIN_HTTP_URL_MESSAGE } from "../vocabulary/plain-http-url";
import { SOURCE_KINDS } from "../vocabulary/vocabulary";


export const SourceSchema = z.strictObject({
  id: SourceIdSchema,
  title: ReaderTitleSchema,
  outlet: ReaderNameSchema.optional().meta({ description: "Outlet or publisher, where the source names it." }),
  author: ReaderNameSchema.optional(),
  published: z.strictObject({
    date: PartialDateSchema,
    approximate: z.boolean().meta({ description: "True when the date is an estimate rather than printed on the source." }),
    note: NoteTextSchema.optional().meta({ description: "How an approximate date was worked out." }),
  }),
  // Written raw into exports and links, so it must be plain (./plain-http-url) before it is parsed:
  // z.url() alone would quietly drop tabs and line breaks and accept the rest.
  url: z
    .string()
    .regex(PLAIN_HTTP_URL, PLAIN_HTTP_URL_MESSAGE)
    .pipe(z.url({ protocol: /^https?$/, error: "an http(s) URL" }))
    .meta({ format: "uri", description: "An http(s) URL; percent-encode spaces, quote marks and the like." })
    .optional(),
  kind: z.enum(SOURCE_KINDS),
  corpusFile: z
    .string()
    .regex(/^[^/\\]+$/, "a file name inside the corpus directory, without folders")
    .meta({ description: "The file in the corpus directory (data/corpus for the shipped data) whose text the quotes are checked against." }),
  note: NoteTextSchema.optional(),
});

export type Source = z.infer<typeof SourceSchema>;
