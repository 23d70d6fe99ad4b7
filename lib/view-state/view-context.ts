import type { AllianceModel } from "../graph/alliance-model";
import { changeBetween } from "../graph/time-index";
import type { YearSpan } from "../time/year-span";

/** What parsing a URL needs to know about the data: which ids exist and when things hold. */
export interface ViewContext {
  years: { first: number; last: number };
  /** The year shown when the URL names none. */
  defaultYear: number;
  relationSpan(id: string): YearSpan | undefined;
  actorSpan(id: string): YearSpan | undefined;
  hasSource(id: string): boolean;
}

export function viewContextOf(model: AllianceModel): ViewContext {
  const sources = new Set(model.dataset.sources.map((source) => source.id));
  return {
    years: { first: model.years.first, last: model.years.last },
    defaultYear: busiestYear(model),
    relationSpan: (id) => (model.graph.hasEdge(id) ? model.graph.getEdgeAttribute(id, "years") : undefined),
    actorSpan: (id) => (model.graph.hasNode(id) ? model.graph.getNodeAttribute(id, "years") : undefined),
    hasSource: (id) => sources.has(id),
  };
}

/**
 * The year with the most relations (the earliest on a tie): a first view with something to
 * read, rather than the data's first year, which often holds a single relation.
 */
export function busiestYear(model: AllianceModel): number {
  const { first, last } = model.years;
  let count = 0;
  for (const span of model.relationIndex.spans.values()) if (span.from <= first && span.to >= first) count += 1;
  let best = { year: first, count };
  for (let year = first + 1; year <= last; year += 1) {
    const change = changeBetween(model.relationIndex, year - 1, year);
    count += change.added.length - change.removed.length;
    if (count > best.count) best = { year, count };
  }
  return best.year;
}

/** The year nearest to `year` inside `span` (a span with from > to is empty: `year` is kept). */
export function clampIntoSpan(span: YearSpan, year: number): number {
  if (span.from > span.to) return year;
  return Math.min(Math.max(year, span.from), span.to);
}
