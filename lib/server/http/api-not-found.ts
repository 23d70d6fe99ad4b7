import { jsonError } from "./json-error";

/** The API's routes, as an error message lists them. */
export const API_ROUTES = ["/api/actors", "/api/dataset", "/api/relations/<id>", "/api/snapshot"] as const;

/** The JSON 404 for a path under /api that no route answers (Next's own 404 is an HTML page). */
export function apiNotFound(pathname: string): Response {
  return jsonError(404, `path: no API route "${pathname}"; the API has ${API_ROUTES.join(", ")}`);
}
