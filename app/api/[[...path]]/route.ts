import { apiNotFound } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Any other path under /api: a JSON 404 naming it (proxy.ts has already refused other methods). */
export function GET(request: Request): Response {
  return apiNotFound(new URL(request.url).pathname);
}

export const OPTIONS = GET;
