import type { Problem } from "./problem";
import type { ParsedRecords } from "./records";
import { longestMatchingPrefix, normalizeQuoteText } from "./normalize-quote";

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
      problems.push({ severity: "warning", file, record: source.id, field: "corpusFile", message: `no text "${source.corpusFile}" was given (${corpusLabel}): this source's quotes are shown as not verified` });
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
    const quote = normalizeQuoteText(claim.quote);
    if (text.includes(quote)) {
      verified += 1;
      continue;
    }
    const prefix = longestMatchingPrefix(quote, text);
    const corpusFile = sources.get(claim.source)?.source.corpusFile ?? "?";
    const hint = prefix.length > 0 ? `; it matches up to "${prefix.slice(-60)}" and then differs` : "; not even its first word matches";
    problems.push({ severity: "error", file, record: relation, field: `claims[${index}].quote`, message: `quote not found verbatim in ${corpusFile} (source "${claim.source}")${hint}` });
  }
  const total = claims.length;
  return { problems, verified, total, unverifiedSources };
}
