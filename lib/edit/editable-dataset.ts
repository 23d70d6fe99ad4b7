import type { Dataset } from "../schema";

/**
 * A dataset being edited, with each source's text keyed by its `corpusFile`: the texts its quotes
 * are checked against, written to `corpus/` when the dataset is downloaded as data files.
 */
export interface EditableDataset {
  dataset: Dataset;
  texts: Readonly<Record<string, string>>;
}

/** Where "Start from scratch" begins: no records, no texts. */
export const EMPTY_EDITABLE: EditableDataset = {
  dataset: { actors: [], sources: [], relations: [], disputes: [], unverifiedSources: [] },
  texts: {},
};
