import { locateQuote, normalizeWithOffsets } from "../dataset/locate-quote";
import { normalizeQuoteText } from "../dataset/normalize-quote";
import { absentTextMessage, quoteMismatch } from "../dataset/quote-mismatch";
import type { Source } from "../schema";
import { CORPUS_FOLDER } from "./record-files";

export type QuoteFinding =
  | { status: "empty" }
  /** The source has no text: its quotes cannot be checked and are shown as not verified. */
  | { status: "no-text"; message: string }
  /** Found: where it lies in the raw text (as the sources page marks it). */
  | { status: "found"; start: number; end: number }
  /**
   * Not found: the validator's message; how far the quote matches (`matched`, normalised); where
   * in the typed quote it stops matching; and where in the text the matching part ends (null: nowhere).
   */
  | { status: "not-found"; message: string; matched: string; quoteStopsAt: number; textStopsAt: number | null };

/**
 * Whether a quote is in its source's text, with the validator's normalisation (whitespace runs and
 * quote-mark styles only) and its message: the form's live check says what `npm run validate` will.
 */
export function checkQuote(quote: string, source: Pick<Source, "id" | "corpusFile">, text: string | undefined): QuoteFinding {
  const needle = normalizeQuoteText(quote);
  if (needle === "") return { status: "empty" };
  if (text === undefined) return { status: "no-text", message: absentTextMessage(source.corpusFile, CORPUS_FOLDER) };
  const located = normalizeWithOffsets(text);
  const mismatch = quoteMismatch(needle, located.text, source.corpusFile, source.id);
  if (mismatch === null) {
    const at = locateQuote(located, quote);
    return at === null ? { status: "empty" } : { status: "found", ...at };
  }
  const typed = normalizeWithOffsets(quote);
  const quoteStopsAt = typed.rawIndex[mismatch.prefix.length] ?? quote.length;
  const textStopsAt = mismatch.prefix.trim() === "" ? null : (locateQuote(located, mismatch.prefix)?.end ?? null);
  return { status: "not-found", message: mismatch.message, matched: mismatch.prefix, quoteStopsAt, textStopsAt };
}
