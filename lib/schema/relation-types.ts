import { z } from "zod";
import { RELATION_TYPE_IDS, RELATION_TYPES } from "./vocabulary";

// The vocabulary itself lives in ./vocabulary (zod-free, for the browser); re-exported here so
// code that reads it through the schema keeps working.
export { RELATION_TYPE_IDS, RELATION_TYPES, relationTypeInfo, type RelationType, type RelationTypeInfo } from "./vocabulary";

export const RelationTypeSchema = z.enum(RELATION_TYPE_IDS).meta({
  description: Object.entries(RELATION_TYPES)
    .map(([id, info]) => `${id} (${info.directed ? "directed: source " + info.verb + " target" : "undirected"}): ${info.description}`)
    .join(" | "),
});
