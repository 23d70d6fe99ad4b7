import type { AllianceModel } from "../../graph/alliance-model";
import { type Centrality, centralityOf } from "./centrality-of";
import { memoPerModel } from "../shared/memo-per-model";
import { yearGraphAt } from "./year-graph-at";

/** Degree and betweenness of every actor on the map in `year`. */
export function centralityAt(model: Pick<AllianceModel, "graph" | "relationIndex" | "actorIndex">, year: number): Map<string, Centrality> {
  return centralityOf(yearGraphAt(model, year));
}

// The actor panel and the "most connected" list both ask for the same year: compute it once.
const yearCache = memoPerModel((_model: AllianceModel) => new Map<number, Map<string, Centrality>>());

/** centralityAt, cached per model and year. */
export function cachedCentralityAt(model: AllianceModel, year: number): Map<string, Centrality> {
  const cache = yearCache(model);
  const cached = cache.get(year);
  if (cached !== undefined) return cached;
  const value = centralityAt(model, year);
  cache.set(year, value);
  return value;
}
