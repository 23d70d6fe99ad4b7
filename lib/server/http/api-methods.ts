/** Every API route is read-only: these are the only methods it answers (HEAD and OPTIONS come from Next). */
export const API_METHODS = ["GET", "HEAD", "OPTIONS"] as const;

/** The `Allow` header value of every API route. */
export const API_ALLOW = API_METHODS.join(", ");

export function isApiMethod(method: string): boolean {
  return (API_METHODS as readonly string[]).includes(method);
}

/** True for a path the API answers (`/api` and below), compared on the raw, still-encoded path. */
export function isApiPath(rawPathname: string): boolean {
  return rawPathname === "/api" || rawPathname.startsWith("/api/");
}
