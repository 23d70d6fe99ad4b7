import type { AllianceModel } from "../graph/alliance-model";
import { EvidenceKindSchema, RelationTypeSchema } from "../schema";
import { ALL_EVIDENCE, ALL_TYPES, inVocabularyOrder, listParam } from "../filters";
import { yearParam } from "../time";
import type { SnapshotScope } from "../snapshot";
import { EXPORT_FORMAT_IDS, type ExportFormatId } from "../export/formats";
import type { EvidenceKind, RelationType } from "../vocabulary";

export interface ExportQuery {
  scope: SnapshotScope;
  format: ExportFormatId;
}

export type ExportQueryResult = { ok: true; query: ExportQuery } | { ok: false; parameter: string; error: string };

const KNOWN_PARAMETERS = new Set(["year", "types", "evidence", "source", "format"]);

/**
 * Reads `year` (a year of the data, or "all"/absent for every year), `types`, `evidence`,
 * `source` and `format` strictly: unlike the explorer, which falls back with a notice, an API
 * caller gets an error naming the parameter, so a script never silently exports the wrong thing.
 */
export function parseExportQuery(params: URLSearchParams, model: AllianceModel, defaultFormat: ExportFormatId = "json"): ExportQueryResult {
  for (const name of params.keys()) {
    if (!KNOWN_PARAMETERS.has(name)) return fail(name, `unknown parameter "${name}"; expected one of ${[...KNOWN_PARAMETERS].join(", ")}`);
  }
  const year = parseYear(params.get("year"), model);
  if (typeof year === "string") return fail("year", year);
  const types = parseList<RelationType>(params.get("types"), ALL_TYPES, (item) => RelationTypeSchema.safeParse(item).success);
  if (typeof types === "string") return fail("types", `${types}; relation types are ${ALL_TYPES.join(", ")}`);
  const evidence = parseList<EvidenceKind>(params.get("evidence"), ALL_EVIDENCE, (item) => EvidenceKindSchema.safeParse(item).success);
  if (typeof evidence === "string") return fail("evidence", `${evidence}; evidence kinds are ${ALL_EVIDENCE.join(", ")}`);
  const source = params.get("source");
  if (source !== null && !model.dataset.sources.some((s) => s.id === source)) return fail("source", `unknown source "${source}"`);
  const format = params.get("format") ?? defaultFormat;
  if (!(EXPORT_FORMAT_IDS as string[]).includes(format)) return fail("format", `unknown format "${format}"; expected one of ${EXPORT_FORMAT_IDS.join(", ")}`);
  return { ok: true, query: { scope: { year, filters: { types, evidence, source } }, format: format as ExportFormatId } };
}

function fail(parameter: string, error: string): ExportQueryResult {
  return { ok: false, parameter, error: `${parameter}: ${error}` };
}

function parseYear(raw: string | null, model: AllianceModel): number | null | string {
  if (raw === null || raw === "all") return null;
  const year = yearParam(raw);
  if (year === null) return `"${raw}" is not a year (expected e.g. 2001, or "all")`;
  const { first, last } = model.years;
  if (year < first || year > last) return `${year} is outside the data's years ${first}–${last}`;
  return year;
}

/** A comma list from a closed vocabulary; absent means all; any unknown word is an error. */
function parseList<T extends string>(raw: string | null, vocabulary: readonly T[], isKnown: (item: string) => boolean): T[] | string {
  if (raw === null) return [...vocabulary];
  const items = listParam(raw);
  const unknown = items.filter((item) => !isKnown(item));
  if (unknown.length > 0) return `unknown ${unknown.map((item) => `"${item}"`).join(", ")}`;
  return inVocabularyOrder(vocabulary, items as T[]);
}
