import { API_ALLOW } from "./api-methods";

/**
 * Methods the WHATWG Request refuses to construct. Next builds one for the proxy and for every
 * route handler, so it answers these with a bare 500 before any project code runs; Node's parser
 * accepts TRACE (CONNECT goes to a separate event, which Node answers by closing the socket).
 */
const FORBIDDEN_METHODS = new Set(["TRACE", "TRACK"]);

export function isForbiddenMethod(method: string | undefined): boolean {
  return method !== undefined && FORBIDDEN_METHODS.has(method.toUpperCase());
}

export interface PlainResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The 405 for a forbidden method, on any path: a JSON error like every other refusal. */
export function forbiddenMethodResponse(method: string, securityHeaders: Record<string, string>): PlainResponse {
  const body = JSON.stringify({ error: `method: ${method} is not allowed; the app answers only ${API_ALLOW}` });
  return {
    status: 405,
    headers: { ...securityHeaders, Allow: API_ALLOW, "Cache-Control": "no-store", "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)) },
    body,
  };
}
