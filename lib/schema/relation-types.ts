import { z } from "zod";
import { RELATION_TYPE_IDS, RELATION_TYPES } from "../vocabulary/vocabulary";

export const RelationTypeSchema = z.enum(RELATION_TYPE_IDS).meta({
  description: Object.entries(RELATION_TYPES)
    .map(([id, info]) => `${id} (${info.directed ? "directed: source " + info.verb + " target" : "undirected"}): ${info.description}`)
    .join(" | "),
});
