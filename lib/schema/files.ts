import { z } from "zod";
import { ActorSchema } from "./actor";
import { DisputeSchema } from "./dispute";
import { RelationSchema } from "./relation";
import { SourceIdSchema } from "./ids";
import { SourceSchema } from "./source";

// Each data file is an object with an optional "$schema" (for editors) and one list of records.
const SchemaRef = z.string().optional().meta({ description: "Path to this file's JSON Schema, for editors." });

export const ActorsFileSchema = z.strictObject({ $schema: SchemaRef, actors: z.array(ActorSchema) });
export const SourcesFileSchema = z.strictObject({ $schema: SchemaRef, sources: z.array(SourceSchema) });
export const RelationsFileSchema = z.strictObject({ $schema: SchemaRef, relations: z.array(RelationSchema) });
export const DisputesFileSchema = z.strictObject({ $schema: SchemaRef, disputes: z.array(DisputeSchema) });

/** The whole dataset once every file has parsed: what the rest of the app trusts. */
export const DatasetSchema = z.strictObject({
  actors: z.array(ActorSchema),
  sources: z.array(SourceSchema),
  relations: z.array(RelationSchema),
  disputes: z.array(DisputeSchema),
  unverifiedSources: z
    .array(SourceIdSchema)
    .meta({ description: "Sources whose quotes were not checked against a text (no corpus): shown as not verified." }),
});

export type Dataset = z.infer<typeof DatasetSchema>;

/** What a snapshot export was cut from: the year (null for all years), a month of it, and the filters in force. */
export const SnapshotFileScopeSchema = z.strictObject({
  year: z.int().nullable(),
  month: z.int().min(1).max(12).optional().meta({ description: "One month of the year (1–12), when the export was cut by month." }),
  types: z.array(z.string()),
  evidence: z.array(z.string()),
  source: z.string().nullable(),
});

/**
 * A whole dataset in one file, as the JSON snapshot export writes it: the same records as the
 * data directory, so the validator and the app read it back through the same door.
 */
export const SnapshotFileSchema = z.strictObject({
  $schema: SchemaRef,
  snapshot: SnapshotFileScopeSchema.optional().meta({ description: "The year and filters the snapshot was exported with." }),
  actors: z.array(ActorSchema),
  sources: z.array(SourceSchema),
  relations: z.array(RelationSchema),
  disputes: z.array(DisputeSchema),
  unverifiedSources: z
    .array(SourceIdSchema)
    .optional()
    .meta({ description: "Sources whose quotes were not verified when exported; the validator checks them again on reading." }),
});

export type SnapshotFileScope = z.infer<typeof SnapshotFileScopeSchema>;
export type SnapshotFile = z.infer<typeof SnapshotFileSchema>;

/** The data files, where they live under a data directory, and the list key each one holds. */
export const DATA_FILES = {
  actors: { schema: ActorsFileSchema, key: "actors", schemaFile: "actors.schema.json" },
  sources: { schema: SourcesFileSchema, key: "sources", schemaFile: "sources.schema.json" },
  relations: { schema: RelationsFileSchema, key: "relations", schemaFile: "relations.schema.json" },
  disputes: { schema: DisputesFileSchema, key: "disputes", schemaFile: "disputes.schema.json" },
} as const;

export const SNAPSHOT_SCHEMA_FILE = "snapshot.schema.json";

export type DataFileKind = keyof typeof DATA_FILES;
