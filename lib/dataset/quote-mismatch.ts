import { longestMatchingPrefix } from "./normalize-quote";

/**
 * Why a quote is not in its source's text, in the validator's words, or null when it is. Both are
 * already normalised (normalizeQuoteText); the editor's live check and the validator share this.
 */
export function quoteMismatch(quote: string, text: string, corpusFile: string, sourceId: string): { prefix: string; message: string } | null {
  if (text.includes(quote)) return null;
  const prefix = longestMatchingPrefix(quote, text);
  const hint = prefix.length > 0 ? `; it matches up to "${prefix.slice(-60)}" and then differs` : "; not even its first word matches";
  return { prefix, message: `quote not found verbatim in ${corpusFile} (source "${sourceId}")${hint}` };
}

/** What a source without its text means for its quotes, as the validator words it for a dataset brought into the browser. */
export const absentTextMessage = (corpusFile: string, corpusLabel: string) => `no text "${corpusFile}" was given (${corpusLabel}): this source's quotes are shown as not verified`;
