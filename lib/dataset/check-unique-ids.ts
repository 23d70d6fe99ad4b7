import type { Problem } from "./problem";
import type { Located, ParsedRecords } from "./records";

const LISTS = ["actors", "sources", "relations", "disputes"] as const;

/** Every id is unique within its kind, across all files of that kind. */
export function checkUniqueIds(records: ParsedRecords): Problem[] {
  const problems: Problem[] = [];
  for (const list of LISTS) {
    const firstSeen = new Map<string, string>();
    for (const { value, file } of records[list] as Located<{ id: string }>[]) {
      const earlier = firstSeen.get(value.id);
      if (earlier === undefined) {
        firstSeen.set(value.id, file);
        continue;
      }
      problems.push({ severity: "error", file, record: value.id, field: "id", message: `duplicate ${list.slice(0, -1)} id (first defined in ${earlier}); ids must be unique` });
    }
  }
  return problems;
}
