import { z } from "zod";
import { SourceIdSchema } from "./ids";
import { PartialDateSchema } from "./partial-date";
import { NoteTextSchema, ReaderNameSchema, ReaderTitleSchema } from "./reader-text";
import { PLAIN_HTTP_URL, PLAIN_HTTP_URL_MESSAGE } from "../vocabulary/plain-http-url";
import { SOURCE_KINDS } from "../vocabulary/vocabulary";

// Written raw into exports and links, so it must be plain (./plain-http-url) before it is parsed:
// z.url() alone would quietly drop tabs and line breaks and accept the rest.
export const HttpUrlSchema = z
  .string()
  .regex(PLAIN_HTTP_URL, PLAIN_HTTP_URL_MESSAGE)
  .pipe(z.url({ protocol: /^https?$/, error: "an http(s) URL" }))
  .meta({ format: "uri", description: "An http(s) URL; percent-encode spaces, quote marks and the like." });

export const PublishedSchema = z.strictObject({
  date: PartialDateSchema,
  approximate: z.boolean().meta({ description: "True when the date is an estimate rather than printed on the source or its page." }),
  note: NoteTextSchema.optional().meta({ description: "Where the date comes from, or how an approximate one was worked out." }),
});

/** The report a source retells (a rewrite of a newspaper's story), named so a reader can find it. */
export const OriginalReportSchema = z.strictObject({
  outlet: ReaderNameSchema,
  title: ReaderTitleSchema.optional(),
  author: ReaderNameSchema.optional(),
  published: PublishedSchema,
  url: HttpUrlSchema.optional(),
  note: NoteTextSchema.optional().meta({ description: "How the original was identified, and what is not known about it." }),
});

export const SourceSchema = z.strictObject({
  id: SourceIdSchema,
  title: ReaderTitleSchema,
  outlet: ReaderNameSchema.optional().meta({ description: "Outlet or publisher: the website or paper that published it." }),
  author: ReaderNameSchema.optional(),
  published: PublishedSchema,
  url: HttpUrlSchema.optional(),
  reportsOn: OriginalReportSchema.optional().meta({ description: "For a text that retells another outlet's report: that original report." }),
  unknown: z
    .strictObject({ outlet: NoteTextSchema.optional(), author: NoteTextSchema.optional(), url: NoteTextSchema.optional() })
    .optional()
    .meta({ description: "Why an outlet, author or URL is not given: the validator warns when one is missing without a reason." }),
  kind: z.enum(SOURCE_KINDS),
  corpusFile: z
    .string()
    .regex(/^[^/\\]+$/, "a file name inside the corpus directory, without folders")
    .meta({ description: "The file in the corpus directory (data/corpus for the shipped data) whose text the quotes are checked against." }),
  note: NoteTextSchema.optional(),
});

export type Published = z.infer<typeof PublishedSchema>;
export type OriginalReport = z.infer<typeof OriginalReportSchema>;
export type Source = z.infer<typeof SourceSchema>;
