import { describe, expect, it } from "vitest";
import { GET as unknownApiPath } from "@/app/api/[[...path]]/route";
import { acceptsGzip, apiQuery, forbiddenMethodResponse, isForbiddenMethod, jsonError, malformedPath, rejectApiRequest } from "@/lib/server/http";

// The HTTP edge's decisions, without a server: what the proxy refuses and how it says so.
// e2e/api-errors.spec.ts and e2e/api-fuzz.spec.ts ask the same of the served app.

describe("rejectApiRequest", () => {
  it.each(["GET", "HEAD", "OPTIONS"])("lets %s through", (method) => {
    expect(rejectApiRequest(method, "/api/actors")).toBeNull();
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "PROPFIND", "MKCOL"])("refuses %s with a 405 naming it", (method) => {
    expect(rejectApiRequest(method, "/api/snapshot")).toEqual({ status: 405, error: `method: ${method} is not allowed; the API is read-only (GET, HEAD, OPTIONS)` });
  });

  it.each([
    ["/api/relations/%ZZ", 'path: "%ZZ" is not a percent-escape (expected % and two hex digits)'],
    ["/api/relations/%", 'path: "%" is not a percent-escape (expected % and two hex digits)'],
    ["/api/relations/a%2", 'path: "%2" is not a percent-escape (expected % and two hex digits)'],
    ["/api/relations/%C0%AF", 'path: "/api/relations/%C0%AF" does not decode to UTF-8 text'],
    ["/api/relations/%E0%A4%A", 'path: "%A" is not a percent-escape (expected % and two hex digits)'],
    ["/api/relations/%E0%A4", 'path: "/api/relations/%E0%A4" does not decode to UTF-8 text'],
  ])("refuses the undecodable path %s with a 400", (path, error) => {
    expect(rejectApiRequest("GET", path)).toEqual({ status: 400, error });
  });

  it("leaves pages to Next, whatever the method or path", () => {
    expect(rejectApiRequest("POST", "/")).toBeNull();
    expect(rejectApiRequest("GET", "/%ZZ")).toBeNull();
    expect(rejectApiRequest("DELETE", "/apix")).toBeNull();
  });

  it("covers /api itself", () => {
    expect(rejectApiRequest("POST", "/api")?.status).toBe(405);
  });
});

describe("malformedPath", () => {
  it("accepts any path that decodes, escapes of UTF-8 included", () => {
    expect(malformedPath("/api/relations/iran-taliban%20x%C3%A9%2F")).toBeNull();
  });
});

describe("TRACE", () => {
  it("is the one method answered before Next", () => {
    expect(["TRACE", "GET", "POST", "CONNECT", undefined].map(isForbiddenMethod)).toEqual([true, false, false, false, false]);
  });

  it("gets a JSON 405 with Allow and the security headers", () => {
    const answer = forbiddenMethodResponse("TRACE", { "X-Frame-Options": "DENY" });
    expect(answer.status).toBe(405);
    expect(answer.headers).toMatchObject({ Allow: "GET, HEAD, OPTIONS", "Content-Type": "application/json", "X-Frame-Options": "DENY" });
    expect(JSON.parse(answer.body)).toEqual({ error: "method: TRACE is not allowed; the app answers only GET, HEAD, OPTIONS" });
    expect(Number(answer.headers["Content-Length"])).toBe(Buffer.byteLength(answer.body));
  });
});

describe("JSON errors", () => {
  it("a 405 says what is allowed; others do not", async () => {
    const refused = jsonError(405, "method: POST is not allowed");
    expect(refused.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(await refused.json()).toEqual({ error: "method: POST is not allowed" });
    expect(jsonError(404, "x").headers.get("allow")).toBeNull();
  });

  it("an unknown path under /api is a JSON 404 naming it and the routes there are", async () => {
    const response = unknownApiPath(new Request("http://localhost/api/relations/a/b"));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'path: no API route "/api/relations/a/b"; the API has /api/actors, /api/dataset, /api/relations/<id>, /api/snapshot' });
  });
});

describe("apiQuery", () => {
  it("drops Next's _rsc cache-buster and keeps the caller's parameters", () => {
    expect([...apiQuery("http://localhost/api/snapshot?year=2001&_rsc=abc&yaer=1").keys()]).toEqual(["year", "yaer"]);
  });
});

describe("acceptsGzip", () => {
  it.each([
    ["gzip", true],
    ["gzip, deflate, br", true],
    ["deflate, gzip;q=0.5", true],
    ["x-gzip", true],
    ["*", true],
    ["br;q=1, *;q=0.1", true],
  ])("sends gzip for %s", (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });

  it.each([
    [null, "no header"],
    ["identity", "identity only"],
    ["gzip;q=0", "gzip refused"],
    ["*;q=0", "everything refused"],
    ["gzip;q=abc", "a quality that is not a number"],
    ["*, gzip;q=0", "gzip refused by name though * is accepted"],
    ["br, deflate", "other codings only"],
  ])("sends plain bytes for %s (%s)", (header, why) => {
    expect(acceptsGzip(header), why).toBe(false);
  });
});
