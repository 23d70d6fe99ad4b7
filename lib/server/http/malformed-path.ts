/**
 * Why a raw (still percent-encoded) path cannot be decoded, or null when it can. Next decodes
 * route parameters itself and answers a bad escape with a plain-text 500, so the proxy asks this
 * first and answers a 400 naming the culprit.
 */
export function malformedPath(rawPathname: string): string | null {
  try {
    decodeURIComponent(rawPathname);
    return null;
  } catch {
    const broken = /%(?![0-9A-Fa-f]{2})[^/]{0,2}/.exec(rawPathname);
    if (broken !== null) return `path: "${broken[0]}" is not a percent-escape (expected % and two hex digits)`;
    return `path: "${rawPathname}" does not decode to UTF-8 text`;
  }
}
