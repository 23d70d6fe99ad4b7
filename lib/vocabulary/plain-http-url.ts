// What a source URL may look like, zod-free so the browser's link check (lib/view/safe-url) and the
// schema share one rule. A URL is written raw into exports (Markdown, CSV) and hrefs, so characters
// that can end a Markdown autolink, an attribute or a cell, or hide in plain sight, are refused.

/**
 * An http(s) URL of visible characters only. Refused: whitespace and control characters (C0, DEL,
 * C1, no-break and other Unicode spaces), soft hyphen, bidi marks, overrides and isolates,
 * zero-width characters and the BOM (U+061C, U+180E, U+2000–U+200F, U+2028–U+202F,
 * U+205F–U+206F, U+3000, U+FEFF), and `< > " ' \` { } | \ ^`. Percent-encode any of them instead.
 * Written without flags so the JSON Schema generated from it means the same in an editor.
 */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
export const PLAIN_HTTP_URL = /^[hH][tT][tT][pP][sS]?:\/\/[^\u0000-\u0020\u007F-\u00A0\u00AD\u061C\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF<>"'`{}|\\^]+$/;

export const PLAIN_HTTP_URL_MESSAGE = "an http(s) URL without spaces, control or invisible characters, or any of < > \" ' ` { } | \\ ^ (percent-encode them)";

/** True when `text` is an http(s) URL that can be written anywhere without escaping surprises. */
export function isPlainHttpUrl(text: string): boolean {
  return PLAIN_HTTP_URL.test(text);
}
