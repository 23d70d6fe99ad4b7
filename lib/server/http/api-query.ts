/**
 * Next's own cache-busting parameter: a request with an `rsc` header is redirected to add it,
 * and then comes back with it. It is Next's, not the caller's, so the API ignores it.
 */
const NEXT_RSC_PARAMETER = "_rsc";

/** The caller's query parameters of an API request. */
export function apiQuery(url: string): URLSearchParams {
  const params = new URL(url).searchParams;
  params.delete(NEXT_RSC_PARAMETER);
  return params;
}
