import type { AllianceModel } from "../../graph/alliance-model";
import { detectBlocs } from "./detect-blocs";
import { type Bloc, matchBlocs } from "./match-blocs";
import { memoPerModelAndOptions } from "../shared/memo-per-model";
import { positiveGraphAt } from "./positive-graph-at";
import { type SignOptions, signOptionsKey } from "../balance/signed-pairs";

/**
 * The blocs of every year, first to last, each year matched to the one before so a bloc that
 * persists keeps its id (and so its colour). A year without blocs breaks the chain: blocs after
 * the gap are matched to nothing and take the lowest free ids.
 */
export function blocsByYear(model: Pick<AllianceModel, "graph" | "relationIndex" | "actorIndex" | "years">, options: SignOptions = {}): Map<number, Bloc[]> {
  const result = new Map<number, Bloc[]>();
  let previous: Bloc[] = [];
  for (let year = model.years.first; year <= model.years.last; year += 1) {
    const blocs = matchBlocs(previous, detectBlocs(positiveGraphAt(model, year, options)));
    result.set(year, blocs);
    previous = blocs;
  }
  return result;
}

/** blocsByYear, computed once per model and then read on every render. */
const cached = memoPerModelAndOptions(blocsByYear, signOptionsKey);
export const cachedBlocsByYear = (model: Parameters<typeof blocsByYear>[0], options: SignOptions = {}): Map<number, Bloc[]> => cached(model, options);
