import { safeExternalUrl } from "../view/safe-url";

// Text from the data goes into the Markdown bibliography as text, whatever it holds: a title
// like "[x](javascript:…)" or "<img onerror=…>" must render as those characters, never as a link
// or HTML, in any CommonMark renderer (markdown-it, marked, GitHub).

// Every ASCII punctuation mark Markdown (CommonMark and GFM) gives a meaning to inline: HTML and
// autolinks (<, >), entities (&), links and images ([, ], (, ), !), emphasis and code (*, _, ~, `),
// tables (|), braces for extensions. CommonMark lets any of them be backslash-escaped.
const MARKDOWN_SPECIAL = /([\\`*_{}[\]()<>#+!|&~])/g;
// Line breaks would end the list item and let the rest start a heading, a list or an HTML block.
const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;
// Other control characters, and the bidi overrides, embeddings and isolates that would make the
// rendered line read in another order than written (U+202A–U+202E, U+2066–U+2069), are dropped.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** `text` as one line of Markdown text that renders as exactly its visible characters. */
export function markdownText(text: string): string {
  return text.replace(LINE_BREAKS, " ").replace(UNPRINTABLE, "").replace(MARKDOWN_SPECIAL, "\\$1");
}

// What may stand in a URL unencoded: RFC 3986's unreserved and reserved characters and "%".
const URL_SAFE_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;

/**
 * `<url>` as a Markdown autolink, every character outside RFC 3986's sets percent-encoded (so
 * nothing can close the autolink), or null when the URL is not plain http(s).
 */
export function markdownAutolink(url: string): string | null {
  const href = safeExternalUrl(url);
  if (href === null) return null;
  const encoded = Array.from(href, (char) => (URL_SAFE_CHAR.test(char) ? char : encodeURIComponent(char))).join("");
  return `<${encoded}>`;
}
