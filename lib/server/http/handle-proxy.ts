import { NextResponse, type NextRequest } from "next/server";
import { jsonError } from "./json-error";
import { rejectApiRequest } from "./reject-api-request";
import { freshSecurityHeaders } from "./security-headers";

/**
 * What proxy.ts does with every request: refuse a bad API request with a JSON error, else pass it
 * on with a fresh CSP nonce. Next reads the nonce from the request's Content-Security-Policy
 * header while rendering and puts it on its own scripts (pages are rendered per request for it).
 */
export function handleProxy(request: NextRequest): Response {
  const headers = freshSecurityHeaders();
  const rejection = rejectApiRequest(request.method, request.nextUrl.pathname);
  if (rejection !== null) return jsonError(rejection.status, rejection.error, headers);
  const forwarded = new Headers(request.headers);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
