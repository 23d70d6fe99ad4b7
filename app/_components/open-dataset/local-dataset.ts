import { z } from "zod";
import { DatasetSchema } from "@/lib/schema";

// Loaded in the worker only (zod's full build stays out of the page's first load).
const PlacesSchema = z.record(z.string(), z.record(z.string(), z.tuple([z.number(), z.number()]).readonly()));

/** A dataset opened in this browser, as kept in IndexedDB until closed. */
export const LocalDatasetSchema = z.strictObject({
  name: z.string().max(300),
  summary: z.string().max(2000),
  warnings: z.int().min(0),
  dataset: DatasetSchema,
  /** Each source's text by its corpusFile, for the editor's quote check (kept before texts were: none). */
  texts: z.record(z.string(), z.string()).default({}),
  places: PlacesSchema.nullable(),
});

export type LocalDataset = z.infer<typeof LocalDatasetSchema>;
