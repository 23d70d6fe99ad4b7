import type { Problem } from "./problem";
import type { ParsedRecords } from "./records";
import { normalizeQuoteText } from "./normalize-quote";
import { absentTextMessage, quoteMismatch } from "./quote-mismatch";

export interface QuoteCheck {
  problems: Problem[];
  /** How many claims' quotes were found verbatim in their source text. */
  verified: number;
  /** How many claims there were to check. */
  total: number;
  /** Sources left unchecked because their text was absent (only when absent texts are allowed). */
  unverifiedSources: string[];
}

/**
 * What a source without its text in the corpus means: an error (the validator, the served data),
 * or quotes shown as not verified (a dataset brought into the browser with some texts missing).
 */
export type AbsentTexts = "error" | "unverified";

/**
 * Every quote must appear verbatim in the text of the source it cites. `corpus` maps a
 * corpus file name to its text; sources whose file is missing are reported, not skipped.
 */
export function verifyQuotes(records: ParsedRecords, corpus: ReadonlyMap<string, string>, corpusLabel: string, absent: AbsentTexts = "error"): QuoteCheck {
  const sources = new Map(records.sources.map(({ value, file }) => [value.id, { source: value, file }]));
  const normalisedTexts = new Map<string, string>();
  const problems: Problem[] = [];
  const unverifiedSources: string[] = [];
  for (const { value: source, file } of records.sources) {
    const text = corpus.get(source.corpusFile);
    if (text === undefined && absent === "unverified") {
      unverifiedSources.push(source.id);
      problems.push({ severity: "warning", file, record: source.id, field: "corpusFile", message: absentTextMessage(source.corpusFile, corpusLabel) });
    } else if (text === undefined) {
      problems.push({ severity: "error", file, record: source.id, field: "corpusFile", message: `"${source.corpusFile}" is not in the corpus directory ${corpusLabel}` });
    } else {
      normalisedTexts.set(source.id, normalizeQuoteText(text));
    }
  }

  const claims = [
    ...records.relations.flatMap(({ value, file }) => value.claims.map((claim, index) => ({ relation: value.id, file, index, claim }))),
    ...records.strayClaims,
  ];
  let verified = 0;
  for (const { relation, file, index, claim } of claims) {
    const text = normalisedTexts.get(claim.source);
    // A missing corpus file is reported on its source, an unknown source by checkReferences.
    if (text === undefined) continue;
    const corpusFile = sources.get(claim.source)?.source.corpusFile ?? "?";
    const mismatch = quoteMismatch(normalizeQuoteText(claim.quote), text, corpusFile, claim.source);
    if (mismatch === null) verified += 1;
    else problems.push({ severity: "error", file, record: relation, field: `claims[${index}].quote`, message: mismatch.message });
  }
  const total = claims.length;
  return { problems, verified, total, unverifiedSources };
}
