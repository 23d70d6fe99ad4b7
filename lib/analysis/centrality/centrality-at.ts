import type { AllianceModel } from "../../graph/alliance-model";
import { type Centrality, centralityOf } from "./centrality-of";
import { memoPerModel } from "../shared/memo-per-model";
import { yearGraphAt } from "./year-graph-at";
import { COUNT_UNATTESTED_BY_DEFAULT } from "../shared/counted-relations";

/** Degree and betweenness of every actor on the map in `year`. */
export function centralityAt(model: Pick<AllianceModel, "graph" | "relationIndex" | "actorIndex">, year: number, countUnattested = COUNT_UNATTESTED_BY_DEFAULT): Map<string, Centrality> {
  return centralityOf(yearGraphAt(model, year, countUnattested));
}

// The actor panel and the "most connected" list both ask for the same year: compute it once.
const yearCache = memoPerModel((_model: AllianceModel) => new Map<string, Map<string, Centrality>>());

/** centralityAt, cached per model and year. */
export function cachedCentralityAt(model: AllianceModel, year: number, countUnattested = COUNT_UNATTESTED_BY_DEFAULT): Map<string, Centrality> {
  const cache = yearCache(model);
  const key = `${year}|${countUnattested}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const value = centralityAt(model, year, countUnattested);
  cache.set(key, value);
  return value;
}
