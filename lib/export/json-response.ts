/** A JSON error body `{ "error": "…" }` with its status: every bad API request gets one. */
export function jsonError(status: 400 | 404 | 500, error: string): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}
