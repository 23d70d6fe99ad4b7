import { z } from "zod";
import { MAX_TEXT_LENGTH, NameSchema, TextSchema, TitleSchema } from "./ids";
import { internalReferenceProblem } from "../vocabulary/source-reference";

// Text a reader sees (notes, descriptions, names) cites sources as {source:<id>} tokens and never
// by corpus file number; the rule lives in lib/vocabulary so the browser's renderer shares it.
function forReaders<T extends z.ZodString>(schema: T) {
  return schema.superRefine((value, context) => {
    const problem = internalReferenceProblem(value);
    if (problem !== null) context.addIssue({ code: "custom", message: problem, input: value });
  });
}

/** A note or description: free text that may refer to sources as {source:<source id>}. */
export const NoteTextSchema = forReaders(TextSchema).meta({
  description: `Text for readers (at most ${MAX_TEXT_LENGTH} characters). Refer to a source as {source:<source id>}, never by a corpus file number.`,
});
/** A name (actor, alias, speaker, outlet, author) a reader sees. */
export const ReaderNameSchema = forReaders(NameSchema);
/** A source title a reader sees. */
export const ReaderTitleSchema = forReaders(TitleSchema);
