import type { Problem } from "./problem";
import type { ParsedRecords } from "./records";

const CITATION_FIELDS = ["outlet", "author", "url"] as const;

/** A source cannot both give an outlet, author or URL and say in `unknown` why it is not known. */
export function checkSourceCitations(records: ParsedRecords): Problem[] {
  const problems: Problem[] = [];
  for (const { value: source, file } of records.sources) {
    for (const field of CITATION_FIELDS) {
      if (source[field] !== undefined && source.unknown?.[field] !== undefined) {
        problems.push({ severity: "error", file, record: source.id, field: `unknown.${field}`, message: `says why the ${field} is not known, but the source gives one: remove one of the two` });
      }
    }
  }
  return problems;
}
