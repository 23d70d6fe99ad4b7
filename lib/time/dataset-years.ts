import type { Dataset } from "../schema";
import { yearOf } from "../vocabulary/dates";

export interface DatasetYears {
  /** The first year any relation starts. */
  first: number;
  /** "The present": the latest year any relation bound or source publication date names. */
  last: number;
}

/** The slider's range. Derived from the data, never from the clock, so a dataset reads the same every day. */
export function datasetYears(dataset: Pick<Dataset, "relations" | "sources">): DatasetYears {
  let first = Infinity;
  let last = -Infinity;
  for (const relation of dataset.relations) {
    const start = yearOf(relation.start);
    first = Math.min(first, start);
    last = Math.max(last, start);
    if (relation.end !== "ongoing" && relation.end !== "unknown") last = Math.max(last, yearOf(relation.end));
  }
  for (const source of dataset.sources) last = Math.max(last, yearOf(source.published.date));
  if (first === Infinity) throw new Error("dataset-years: the dataset has no relations, so it has no years");
  return { first, last: Math.max(first, last) };
}
