import { edgesBetween, presentAt, type AllianceModel } from "../graph";
import { holdsIn, type YearSpan } from "../time";

/** What parsing a URL needs to know about the data: which ids exist and when things hold. */
export interface ViewContext {
  years: { first: number; last: number };
  /** The year shown when the URL names none. */
  defaultYear: number;
  relationSpan(id: string): YearSpan | undefined;
  /** Whether a relation is on the map in one month of a year (month mode). */
  relationHoldsIn(id: string, year: number, month: number): boolean;
  actorSpan(id: string): YearSpan | undefined;
  /** The spans of the actor's relations: the years it has something on the map. */
  actorRelationSpans(id: string): readonly YearSpan[];
  /** The spans of the relations between two actors (either direction). */
  pairRelationSpans(a: string, b: string): readonly YearSpan[];
  hasSource(id: string): boolean;
}

export function viewContextOf(model: AllianceModel): ViewContext {
  const sources = new Set(model.dataset.sources.map((source) => source.id));
  return {
    years: { first: model.years.first, last: model.years.last },
    defaultYear: busiestYear(model),
    relationSpan: (id) => (model.graph.hasEdge(id) ? model.graph.getEdgeAttribute(id, "years") : undefined),
    relationHoldsIn: (id, year, month) => model.graph.hasEdge(id) && holdsIn(model.graph.getEdgeAttribute(id, "attestation"), { year, month }),
    actorSpan: (id) => (model.graph.hasNode(id) ? model.graph.getNodeAttribute(id, "years") : undefined),
    actorRelationSpans: (id) => (model.graph.hasNode(id) ? model.graph.mapEdges(id, (_edge, attributes) => attributes.years) : []),
    pairRelationSpans: (a, b) => edgesBetween(model.graph, a, b).map((edge) => model.graph.getEdgeAttribute(edge, "years")),
    hasSource: (id) => sources.has(id),
  };
}

/**
 * The year with the most relations (the earliest on a tie): a first view with something to
 * read, rather than the data's first year, which often holds a single relation.
 */
export function busiestYear(model: AllianceModel): number {
  const { first, last } = model.years;
  let best = { year: first, count: presentAt(model.relationIndex, first).length };
  for (let year = first + 1; year <= last; year += 1) {
    const count = presentAt(model.relationIndex, year).length;
    if (count > best.count) best = { year, count };
  }
  return best.year;
}

/** The year nearest to `year` inside `span` (a span with from > to is empty: `year` is kept). */
export function clampIntoSpan(span: YearSpan, year: number): number {
  if (span.from > span.to) return year;
  return Math.min(Math.max(year, span.from), span.to);
}

/**
 * The year nearest to `year` in which one of these spans holds (`year` itself when one does; the
 * earlier on a tie), or null when there are none: where an actor has relations to show.
 */
export function nearestYearInSpans(spans: readonly YearSpan[], year: number): number | null {
  let best: { year: number; distance: number } | null = null;
  for (const span of spans) {
    if (span.from > span.to) continue;
    const candidate = clampIntoSpan(span, year);
    const distance = Math.abs(candidate - year);
    if (best === null || distance < best.distance || (distance === best.distance && candidate < best.year)) best = { year: candidate, distance };
  }
  return best === null ? null : best.year;
}

/**
 * In month mode, the month nearest to `month` (the earlier on a tie) in which a selected relation is
 * drawn: as a year moves to show its selection, a month does. Other selections keep the month.
 */
export function monthShowingSelection(context: ViewContext, selection: { kind: string; id: string } | null, year: number, month: number): number {
  if (selection?.kind !== "relation" || context.relationHoldsIn(selection.id, year, month)) return month;
  for (let distance = 1; distance < 12; distance += 1) {
    for (const candidate of [month - distance, month + distance]) {
      if (candidate >= 1 && candidate <= 12 && context.relationHoldsIn(selection.id, year, candidate)) return candidate;
    }
  }
  return month;
}
