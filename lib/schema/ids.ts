import { z } from "zod";
import { forbiddenCharacter } from "./text-characters";

export const MAX_ID_LENGTH = 160;
export const MAX_NAME_LENGTH = 120;
export const MAX_TITLE_LENGTH = 300;
export const MAX_TEXT_LENGTH = 2000;

// Stable, URL-safe ids: lower-case words joined by single hyphens ("northern-alliance").
export const KebabIdSchema = z
  .string()
  .max(MAX_ID_LENGTH, `an id of at most ${MAX_ID_LENGTH} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a kebab-case id (lower-case letters and digits joined by single hyphens)");

export const ActorIdSchema = KebabIdSchema.meta({ description: "The id of an actor in actors.json." });
export const SourceIdSchema = KebabIdSchema.meta({ description: "The id of a source in sources.json." });
export const RelationIdSchema = KebabIdSchema.meta({ description: "The id of a relation in data/relations/*.json." });

/** Free text of at most `max` characters; `kind` says which characters it refuses (see text-characters). */
function textOf(max: number, kind: "text" | "name") {
  return z
    .string()
    .regex(/\S/, "a non-empty text")
    .max(max, { error: (issue) => `at most ${max} characters (this one has ${String(issue.input).length})` })
    .superRefine((value, context) => {
      const found = forbiddenCharacter(value, kind);
      if (found !== null) context.addIssue({ code: "custom", message: found, input: value });
    });
}

// Every free-text field must say something: an empty string is always a mistake.
export const TextSchema = textOf(MAX_TEXT_LENGTH, "text");
/** A name as it appears on the map and in lists: one line, no invisible or direction-changing characters. */
export const NameSchema = textOf(MAX_NAME_LENGTH, "name");
/** A title (of a source): like a name, but longer. */
export const TitleSchema = textOf(MAX_TITLE_LENGTH, "name");
