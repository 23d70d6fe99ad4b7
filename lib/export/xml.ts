// XML 1.0 forbids most control characters even when escaped (C0 other than tab, LF and CR; U+FFFE,
// U+FFFF), and an unpaired UTF-16 surrogate has no UTF-8 form: drop them rather than emit a file
// no parser will open. Everything else, bidi and zero-width characters included, is kept as written.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// A cheap first look (no lookarounds): most text has none of these, and is then returned as it is.
// eslint-disable-next-line no-control-regex -- as above
const MAYBE_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
const MARKUP_CHARS = /[&<>"'\r\n\t]/;
// Either of the above, so plain text (nearly every value of a big export) is looked at only once.
// eslint-disable-next-line no-control-regex -- as above
const ANYTHING_TO_CHANGE = /[\u0000-\u001F\uFFFE\uFFFF\uD800-\uDFFF&<>"']/;
const MARKUP_CHARS_ALL = /[&<>"'\r\n\t]/g;
const REFERENCE: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;" };

/** `text` without the characters XML 1.0 cannot hold; already-escaped markup passes unchanged. */
export function stripInvalidXmlChars(text: string): string {
  return MAYBE_INVALID.test(text) ? text.replace(INVALID_XML_CHARS, "") : text;
}

/**
 * Escapes text for XML element content and double- or single-quoted attribute values. Tab, CR and
 * LF become character references so attribute-value normalisation cannot turn them into spaces.
 */
export function escapeXml(value: string): string {
  // One pass: the export of 20,000 relations escapes some 400,000 values.
  if (!ANYTHING_TO_CHANGE.test(value)) return value;
  const kept = stripInvalidXmlChars(value);
  return MARKUP_CHARS.test(kept) ? kept.replace(MARKUP_CHARS_ALL, (char) => REFERENCE[char] ?? char) : kept;
}

/** ` name="value"` pairs, skipping undefined values, each escaped. */
export function xmlAttributes(attributes: Record<string, string | number | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join("");
}
