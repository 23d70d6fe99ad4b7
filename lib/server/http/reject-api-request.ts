import { API_ALLOW, isApiMethod, isApiPath } from "./api-methods";
import type { ApiErrorStatus } from "./json-error";
import { malformedPath } from "./malformed-path";

export interface ApiRejection {
  status: ApiErrorStatus;
  error: string;
}

/**
 * What is wrong with an API request before any route sees it, or null. Checked in the proxy
 * because Next answers both with an empty or plain-text body: a path it cannot decode (500) and a
 * method the route does not export (an empty 405, or a 400 for WebDAV-style methods).
 */
export function rejectApiRequest(method: string, rawPathname: string): ApiRejection | null {
  if (!isApiPath(rawPathname)) return null;
  const malformed = malformedPath(rawPathname);
  if (malformed !== null) return { status: 400, error: malformed };
  if (!isApiMethod(method)) return { status: 405, error: `method: ${method} is not allowed; the API is read-only (${API_ALLOW})` };
  return null;
}
