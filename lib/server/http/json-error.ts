import { API_ALLOW } from "./api-methods";

/** The statuses an API error can have; a 500 is never one of them (see README, "HTTP API and headers"). */
export type ApiErrorStatus = 400 | 404 | 405;

/** A JSON error body `{ "error": "…" }` with its status: every bad API request gets one. A 405 says what is allowed. */
export function jsonError(status: ApiErrorStatus, error: string, headers: HeadersInit = {}): Response {
  const all = new Headers(headers);
  all.set("Cache-Control", "no-store");
  if (status === 405) all.set("Allow", API_ALLOW);
  return Response.json({ error }, { status, headers: all });
}
