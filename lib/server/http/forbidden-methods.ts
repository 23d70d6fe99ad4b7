import { API_ALLOW } from "./api-methods";

/**
 * The WHATWG Request refuses to be built with TRACE, TRACK or CONNECT. Next builds one for the proxy
 * and for every route handler, so it answers TRACE with a bare 500 before any project code runs.
 * Node's parser rejects TRACK itself, and hands CONNECT to a tunnel event (closing the socket).
 */
export function isForbiddenMethod(method: string | undefined): boolean {
  return method === "TRACE";
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
