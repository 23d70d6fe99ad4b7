import { normalizeQuoteText } from "./normalize-quote";

/** A text as the quote check sees it, with where each of its characters came from in the raw text. */
export interface NormalizedText {
  text: string;
  /** rawIndex[i]: the raw text's index of normalised character i (a folded whitespace run: its first character). */
  rawIndex: number[];
}

/**
 * normalizeQuoteText, keeping offsets: whitespace runs become one space (none at either end) and
 * each other character is folded on its own, by the validator's own function, so the two agree.
 */
export function normalizeWithOffsets(raw: string): NormalizedText {
  let text = "";
  const rawIndex: number[] = [];
  let spaceFrom: number | null = null;
  for (let i = 0; i < raw.length; i += 1) {
    const char = raw.charAt(i);
    if (/\s/.test(char)) {
      if (spaceFrom === null) spaceFrom = i;
      continue;
    }
    if (spaceFrom !== null && text.length > 0) {
      text += " ";
      rawIndex.push(spaceFrom);
    }
    spaceFrom = null;
    text += normalizeQuoteText(char);
    rawIndex.push(i);
  }
  return { text, rawIndex };
}

/** Where a quote lies in the raw text, as the validator finds it (first match), or null. */
export function locateQuote(text: NormalizedText, quote: string): { start: number; end: number } | null {
  const needle = normalizeQuoteText(quote);
  const at = needle === "" ? -1 : text.text.indexOf(needle);
  if (at === -1) return null;
  const start = text.rawIndex[at];
  // The needle is trimmed, so its last character is one raw character, never a folded run.
  const last = text.rawIndex[at + needle.length - 1];
  if (start === undefined || last === undefined) return null;
  return { start, end: last + 1 };
}
