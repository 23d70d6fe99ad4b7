import { NextResponse, type NextRequest } from "next/server";
import { jsonError } from "./json-error";
import { malformedPath } from "./malformed-path";
import { rejectApiRequest } from "./reject-api-request";
import { freshSecurityHeaders } from "./security-headers";

/**
 * What proxy.ts does with every request: refuse a bad API request with a JSON error, else pass it
 * on with a fresh CSP nonce (a page path that cannot be decoded, to the 404 page). Next reads the nonce from the request's Content-Security-Policy
 * header while rendering and puts it on its own scripts (pages are rendered per request for it).
 */
/** Matches no route, so Next renders the not-found page (which shows the path the browser asked for). */
const UNDECODABLE_PATH = "/_undecodable-path";

export function handleProxy(request: NextRequest): Response {
  const headers = freshSecurityHeaders();
  const rejection = rejectApiRequest(request.method, request.nextUrl.pathname);
  if (rejection !== null) return jsonError(rejection.status, rejection.error, headers);
  const forwarded = new Headers(request.headers);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  // A page path Next cannot decode would reach a dynamic route (/sources/[id]) as a plain-text 500:
  // sent to a path no route matches instead, it gets the app's 404 page.
  const response =
    malformedPath(request.nextUrl.pathname) === null
      ? NextResponse.next({ request: { headers: forwarded } })
      : NextResponse.rewrite(new URL(UNDECODABLE_PATH, request.url), { request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
