import type { AllianceModel } from "../graph/alliance-model";
import { EvidenceKindSchema, RelationTypeSchema } from "../schema";
import { ALL_EVIDENCE, ALL_TYPES, inVocabularyOrder, listParam } from "../filters";
import { dateParam, yearParam } from "../time";
import type { SnapshotScope } from "../snapshot";
import { EXPORT_FORMAT_IDS, type ExportFormatId } from "../export/formats";
import type { EvidenceKind, RelationType } from "../vocabulary";

export interface ExportQuery {
  scope: SnapshotScope;
  format: ExportFormatId;
}

export type ExportQueryResult = { ok: true; query: ExportQuery } | { ok: false; parameter: string; error: string };

const KNOWN_PARAMETERS = new Set(["year", "date", "types", "evidence", "source", "format"]);

/**
 * Reads `date` (a year or a month, "2001-10") or `year` (a year of the data, or "all"/absent for every year), `types`, `evidence`,
 * `source` and `format` strictly: unlike the explorer, which falls back with a notice, an API
 * caller gets an error naming the parameter, so a script never silently exports the wrong thing.
 */
export function parseExportQuery(params: URLSearchParams, model: AllianceModel, defaultFormat: ExportFormatId = "json"): ExportQueryResult {
  for (const name of params.keys()) {
    if (!KNOWN_PARAMETERS.has(name)) return fail(name, `unknown parameter "${name}"; expected one of ${[...KNOWN_PARAMETERS].join(", ")}`);
  }
  const when = parseWhen(params, model);
  if (!when.ok) return fail(when.parameter, when.error);
  const { year, month } = when;
  const types = parseList<RelationType>(params.get("types"), ALL_TYPES, (item) => RelationTypeSchema.safeParse(item).success);
  if (typeof types === "string") return fail("types", `${types}; relation types are ${ALL_TYPES.join(", ")}`);
  const evidence = parseList<EvidenceKind>(params.get("evidence"), ALL_EVIDENCE, (item) => EvidenceKindSchema.safeParse(item).success);
  if (typeof evidence === "string") return fail("evidence", `${evidence}; evidence kinds are ${ALL_EVIDENCE.join(", ")}`);
  const source = params.get("source");
  if (source !== null && !model.dataset.sources.some((s) => s.id === source)) return fail("source", `unknown source "${source}"`);
  const format = params.get("format") ?? defaultFormat;
  if (!(EXPORT_FORMAT_IDS as string[]).includes(format)) return fail("format", `unknown format "${format}"; expected one of ${EXPORT_FORMAT_IDS.join(", ")}`);
  return { ok: true, query: { scope: { year, ...(month === null ? {} : { month }), filters: { types, evidence, source } }, format: format as ExportFormatId } };
}

function fail(parameter: string, error: string): ExportQueryResult {
  return { ok: false, parameter, error: `${parameter}: ${error}` };
}

type When = { ok: true; year: number | null; month: number | null } | { ok: false; parameter: string; error: string };

// `date=2001-10` (a month) or `date=2001`, or `year=2001` / "all"; never both, so a script cannot mean two things.
function parseWhen(params: URLSearchParams, model: AllianceModel): When {
  const date = params.get("date");
  const rawYear = params.get("year");
  if (date !== null && rawYear !== null) return { ok: false, parameter: "date", error: "give either date or year, not both" };
  if (date !== null) {
    const moment = dateParam(date);
    if (moment === null) return { ok: false, parameter: "date", error: `"${date}" is not a date (expected a year, 2001, or a month, 2001-10)` };
    const outside = outsideYears(moment.year, model);
    return outside === null ? { ok: true, ...moment } : { ok: false, parameter: "date", error: outside };
  }
  if (rawYear === null || rawYear === "all") return { ok: true, year: null, month: null };
  const year = yearParam(rawYear);
  if (year === null) return { ok: false, parameter: "year", error: `"${rawYear}" is not a year (expected e.g. 2001, or "all")` };
  const outside = outsideYears(year, model);
  return outside === null ? { ok: true, year, month: null } : { ok: false, parameter: "year", error: outside };
}

function outsideYears(year: number, model: AllianceModel): string | null {
  const { first, last } = model.years;
  return year < first || year > last ? `${year} is outside the data's years ${first}–${last}` : null;
}

/** A comma list from a closed vocabulary; absent means all; any unknown word is an error. */
function parseList<T extends string>(raw: string | null, vocabulary: readonly T[], isKnown: (item: string) => boolean): T[] | string {
  if (raw === null) return [...vocabulary];
  const items = listParam(raw);
  const unknown = items.filter((item) => !isKnown(item));
  if (unknown.length > 0) return `unknown ${unknown.map((item) => `"${item}"`).join(", ")}`;
  return inVocabularyOrder(vocabulary, items as T[]);
}
