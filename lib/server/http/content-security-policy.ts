import { createHash } from "node:crypto";

/**
 * The one stylesheet Cytoscape writes into <head> itself (cytoscape's BaseRenderer init), allowed
 * by its hash because no nonce can reach it. Were Cytoscape to change it, the browser would report
 * a violation and e2e/headers.spec.ts would fail.
 */
export const CYTOSCAPE_STYLESHEET = ".__________cytoscape_container { position: relative; }";
const CYTOSCAPE_STYLESHEET_HASH = `'sha256-${createHash("sha256").update(CYTOSCAPE_STYLESHEET).digest("base64")}'`;

export interface PolicyOptions {
  nonce: string;
  /** `next dev` evaluates code for its error overlay and injects unhashed styles; production needs neither. */
  dev: boolean;
}

/**
 * Only the app's own origin, for everything. Scripts need the request's nonce (Next puts it on
 * its inline bootstrap scripts); style attributes are refused outright, since the server HTML has
 * none and the client sets styles through the DOM (which CSP does not govern). No
 * `upgrade-insecure-requests`: the app is often served over plain http on a LAN address.
 */
export function contentSecurityPolicy({ nonce, dev }: PolicyOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, ...(dev ? ["'unsafe-eval'"] : [])],
    // With 'unsafe-inline' present a browser ignores nonces and hashes, so dev lists neither.
    "style-src": dev ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`, CYTOSCAPE_STYLESHEET_HASH],
    "style-src-attr": [dev ? "'unsafe-inline'" : "'none'"],
    "img-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** A fresh nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
