import { isPlainHttpUrl } from "../vocabulary/plain-http-url";

/**
 * The URL to put in an href, or null when it is not plain http(s). Data is validated, but the
 * panels render whatever a dataset holds, so a "javascript:" or "data:" URL must never become a link;
 * the same character rule as the schema's (lib/schema/plain-http-url) keeps out the rest.
 */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (url === null || url === undefined) return null;
  const trimmed = url.trim();
  if (!isPlainHttpUrl(trimmed)) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  return parsed.href;
}
