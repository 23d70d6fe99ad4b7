import { sourceReferences } from "../vocabulary/source-reference";
import type { Problem } from "./problem";
import type { ParsedRecords } from "./records";

/** Every string of a record with its dotted field path, quotes excepted (they are verbatim, not ours). */
function textsOf(value: unknown, path: string, out: { field: string; text: string }[]): { field: string; text: string }[] {
  if (typeof value === "string") out.push({ field: path, text: value });
  else if (Array.isArray(value)) value.forEach((item, index) => textsOf(item, `${path}[${index}]`, out));
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) if (key !== "quote") textsOf(item, path === "" ? key : `${path}.${key}`, out);
  }
  return out;
}

/** Every {source:<id>} token in a note, description or name names a source in sources.json. */
export function checkNoteReferences(records: ParsedRecords): Problem[] {
  // A sources file that failed to parse would make every token look broken.
  if (records.unreadKinds.has("sources")) return [];
  const known = new Set([...records.sources.map((s) => s.value.id), ...records.invalidIds.sources]);
  const problems: Problem[] = [];
  const all = [...records.actors, ...records.sources, ...records.relations, ...records.disputes];
  for (const { value, file } of all) {
    for (const { field, text } of textsOf(value, "", [])) {
      for (const id of sourceReferences(text)) {
        if (!known.has(id)) problems.push({ severity: "error", file, record: value.id, field, message: `refers to unknown source "${id}" ({source:${id}}): expected the id of a record in sources.json` });
      }
    }
  }
  return problems;
}
