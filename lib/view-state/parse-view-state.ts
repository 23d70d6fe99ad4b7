// zod's tree-shakable build: this parsing runs in the browser, where only the few checks used
// here should ship, not the whole library the data schemas need on the server.
import * as z from "zod/mini";
import { EVIDENCE_KIND_IDS, RELATION_TYPE_IDS } from "../vocabulary/vocabulary";
import { defaultAnalysis, parseAnalysisState, sameAnalysis } from "./analysis-state";
import { clampIntoSpan, monthShowingSelection, nearestYearInSpans, type ViewContext } from "./view-context";
import type { Selection, ViewState } from "./view-state";
import { ALL_EVIDENCE, ALL_TYPES, inVocabularyOrder, listParam, type RelationFilters } from "../filters";
import { momentLabel, spanContains } from "../time";
import { clip } from "./clip";
import { pairKey } from "../graph/pair-key";
import { parseTimeParams } from "./time-params";

export interface ParsedViewState {
  state: ViewState;
  /** One short sentence per parameter that could not be used; the view falls back for each. */
  notices: string[];
}

// Built from the same vocabularies as the data schemas' RelationTypeSchema and EvidenceKindSchema.
const RelationTypeParamSchema = z.enum(RELATION_TYPE_IDS);
const EvidenceKindParamSchema = z.enum(EVIDENCE_KIND_IDS);

/**
 * Reads a URL's query into a view state. Never throws: each bad parameter gets a notice and
 * its default, so a stale or mistyped shared link still opens the map.
 */
export function parseViewState(search: string | URLSearchParams, context: ViewContext): ParsedViewState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const notices: string[] = [];
  const requested = parseTimeParams(params, context, notices);
  const requestedYear = requested.year;
  const selection = parseSelection(params, context, notices);
  const year = yearShowingSelection(context, selection, requestedYear ?? context.defaultYear, requestedYear !== null, notices);
  const filters: RelationFilters = {
    types: parseList(params.get("types"), ALL_TYPES, (item) => RelationTypeParamSchema.safeParse(item).success, "relation type", notices),
    evidence: parseList(params.get("evidence"), ALL_EVIDENCE, (item) => EvidenceKindParamSchema.safeParse(item).success, "evidence kind", notices),
    source: parseSource(params.get("source"), context, notices),
  };
  const analysis = parseAnalysisState(params, context, notices);
  // Left out when all off, as a state built without analysis would be.
  const allActors = parseAllActors(params.get("actors"), notices);
  const separateLines = parseLines(params.get("lines"), notices);
  // A month of the default year makes no sense when the year asked was refused.
  const month = requested.month !== null && requestedYear !== null ? monthShowingSelection(context, selection, year, requested.month) : null;
  if (month !== null && month !== requested.month) notices.push(`The selected relation is not on the map in ${momentLabel({ year, month: requested.month })}; showing ${momentLabel({ year, month })}.`);
  const state: ViewState = {
    year,
    ...(month === null ? {} : { month }),
    selection,
    filters,
    ...(sameAnalysis(analysis, defaultAnalysis()) ? {} : { analysis }),
    ...(allActors ? { allActors: true } : {}),
    ...(separateLines ? { separateLines: true } : {}),
  };
  return { state, notices: [...new Set(notices)] };
}

function parseSelection(params: URLSearchParams, context: ViewContext, notices: string[]): Selection {
  const relation = nonEmpty(params.get("relation"));
  const actor = nonEmpty(params.get("actor"));
  const pair = nonEmpty(params.get("pair"));
  // The narrower choices win: a relation, then a pair, then an actor.
  if (pair !== null && relation === null) {
    const parsed = parsePair(pair, context, notices);
    if (parsed !== null) return parsed;
  }
  const knownRelation = relation !== null && context.relationSpan(relation) !== undefined;
  const knownActor = actor !== null && context.actorSpan(actor) !== undefined;
  if (relation !== null && !knownRelation) notices.push(`No relation “${clip(relation)}” in the data.`);
  if (actor !== null && !knownActor) notices.push(`No actor “${clip(actor)}” in the data.`);
  // One panel shows at a time; the relation is the narrower, more deliberate choice.
  if (knownRelation && knownActor) notices.push("A link names both a relation and an actor; showing the relation.");
  if (knownRelation) return { kind: "relation", id: relation };
  if (knownActor) return { kind: "actor", id: actor };
  return null;
}

/**
 * A selected relation or actor must be on the map: a year outside its span moves to the nearest
 * year inside it (a user following a link expects to see what it names), with a notice when the
 * link asked for that year explicitly.
 */
export function yearShowingSelection(context: ViewContext, selection: Selection, year: number, explicit = false, notices: string[] = []): number {
  if (selection === null) return year;
  if (selection.kind === "pair") return yearShowingPair(context, selection.id, year, explicit, notices);
  const span = selection.kind === "relation" ? context.relationSpan(selection.id) : context.actorSpan(selection.id);
  if (span === undefined) return year;
  // An actor absent from the year moves to its nearest year with relations, never to one where it has none to show.
  const inside = spanContains(span, year) ? year : selection.kind === "actor" ? (nearestYearInSpans(context.actorRelationSpans(selection.id), year) ?? clampIntoSpan(span, year)) : clampIntoSpan(span, year);
  if (inside !== year && explicit) {
    const what = selection.kind === "relation" ? "relation" : "actor";
    const range = span.from === span.to ? String(span.from) : `${span.from}–${span.to}`;
    notices.push(`The selected ${what} is on the map in ${range}, not ${year}; showing ${inside}.`);
  }
  return inside;
}

/** `pair=iran,taliban`: two different actors of the data, in either order. */
function parsePair(raw: string, context: ViewContext, notices: string[]): Selection {
  const ids = listParam(raw);
  const [a, b] = ids;
  if (ids.length !== 2 || a === undefined || b === undefined) {
    notices.push(`A pair is two actors, as in pair=iran,taliban; “${clip(raw)}” is not.`);
    return null;
  }
  const unknown = [a, b].filter((id) => context.actorSpan(id) === undefined);
  if (unknown.length > 0) notices.push(`No actor ${unknown.map((id) => `“${clip(id)}”`).join(" or ")} in the data, so no pair is shown.`);
  else if (a === b) notices.push("A pair needs two different actors.");
  else if (context.pairRelationSpans(a, b).length === 0) notices.push(`No relation between “${clip(a)}” and “${clip(b)}” in the data.`);
  else return { kind: "pair", id: pairKey(a, b) };
  return null;
}

// A pair moves to the nearest year with one of its relations, as an actor does.
function yearShowingPair(context: ViewContext, key: string, year: number, explicit: boolean, notices: string[]): number {
  const [a = "", b = ""] = key.split("|");
  const spans = context.pairRelationSpans(a, b);
  const inside = nearestYearInSpans(spans, year) ?? year;
  if (inside !== year && explicit) notices.push(`The selected pair has no relation on the map in ${year}; showing ${inside}.`);
  return inside;
}

/** `lines=each` draws every relation as its own line; by default a pair's relations share one. */
function parseLines(raw: string | null, notices: string[]): boolean {
  if (raw === null || raw === "") return false;
  if (raw === "each") return true;
  notices.push(`“${clip(raw)}” is not a choice for lines; the choice is lines=each. Drawing one line per pair.`);
  return false;
}

/** A comma list of vocabulary words. Absent means all; present but empty means none (all unticked). */
function parseList<T extends string>(raw: string | null, vocabulary: readonly T[], isKnown: (item: string) => boolean, what: string, notices: string[]): T[] {
  if (raw === null) return [...vocabulary];
  const items = listParam(raw);
  const known = items.filter(isKnown) as T[];
  const unknown = items.filter((item) => !isKnown(item));
  if (unknown.length > 0) notices.push(`Unknown ${what}${unknown.length === 1 ? "" : "s"} ignored: ${unknown.map(clip).join(", ")}.`);
  if (known.length === 0 && unknown.length > 0) {
    notices.push(`No known ${what} left; showing all.`);
    return [...vocabulary];
  }
  return inVocabularyOrder(vocabulary, known);
}

function parseSource(raw: string | null, context: ViewContext, notices: string[]): string | null {
  const source = nonEmpty(raw);
  if (source === null) return null;
  if (context.hasSource(source)) return source;
  notices.push(`No source “${clip(source)}” in the data; showing all sources.`);
  return null;
}

/** `actors=all` draws actors with no relation in the year too; by default they are hidden. */
function parseAllActors(raw: string | null, notices: string[]): boolean {
  if (raw === null || raw === "") return false;
  if (raw === "all") return true;
  notices.push(`“${clip(raw)}” is not a choice for actors; the choice is actors=all. Hiding actors with no relation shown.`);
  return false;
}

function nonEmpty(value: string | null): string | null {
  return value === null || value.trim() === "" ? null : value;
}
