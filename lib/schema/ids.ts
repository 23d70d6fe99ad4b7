import { z } from "zod";

// Stable, URL-safe ids: lower-case words joined by single hyphens ("northern-alliance").
export const KebabIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a kebab-case id (lower-case letters and digits joined by single hyphens)");

export const ActorIdSchema = KebabIdSchema.meta({ description: "The id of an actor in actors.json." });
export const SourceIdSchema = KebabIdSchema.meta({ description: "The id of a source in sources.json." });
export const RelationIdSchema = KebabIdSchema.meta({ description: "The id of a relation in data/relations/*.json." });

// Every free-text field must say something: an empty string is always a mistake.
export const TextSchema = z.string().regex(/\S/, "a non-empty text");
