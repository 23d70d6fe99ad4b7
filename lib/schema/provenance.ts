import { z } from "zod";
import { SourceIdSchema, TextSchema } from "./ids";
import { PartialDateSchema } from "./partial-date";
import { SourceSchema } from "./source";

/**
 * Where a corpus text came from, beside it as `<text>.provenance.json`: the page it was taken
 * from, when, and a SHA-256 of the exact bytes, so anyone can tell the text was not edited since.
 */
export const ProvenanceSchema = z.strictObject({
  $schema: z.string().optional(),
  source: SourceIdSchema.meta({ description: "The source record in sources.json this text belongs to." }),
  text: SourceSchema.shape.corpusFile.meta({ description: "The text file beside this one (the source's corpusFile)." }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "64 lower-case hex digits: the SHA-256 of the text file's bytes"),
  retrievedFrom: SourceSchema.shape.url.unwrap().nullable().meta({ description: "The page the text was copied from, or null when not known." }),
  retrieved: PartialDateSchema.nullable().meta({ description: "When it was copied, or null when that was not recorded." }),
  note: TextSchema.meta({ description: "How the text was obtained and anything done to it (ideally nothing)." }),
});

export type Provenance = z.infer<typeof ProvenanceSchema>;

/** The sidecar's name for a corpus text: "source.txt" → "source.txt.provenance.json". */
export const PROVENANCE_SUFFIX = ".provenance.json";
