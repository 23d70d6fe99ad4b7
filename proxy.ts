import { handleProxy } from "@/lib/server/http";

// Next's proxy (formerly middleware) runs for every request, so pages, API routes, the 404 page and
// static files all carry the security headers; what it does lives in lib/server/http/handle-proxy.ts.
export const proxy = handleProxy;
