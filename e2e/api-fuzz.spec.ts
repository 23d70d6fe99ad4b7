import { METHODS } from "node:http";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { currentModel } from "../lib/server";
import { EXPORT_FORMAT_IDS } from "../lib/export/info";
import { errorOf, rawRequest, type RawResponse } from "./http-client";

// A bounded, seeded fuzz of the API through real HTTP: random methods, paths under /api (encoded
// junk included), query parameters and headers. Whatever is asked, no answer is a 5xx, every error
// is a JSON `{ error }` and every answer carries the security headers. The requests are those
// Node's own HTTP parser accepts (it answers malformed HTTP itself, before the app); CONNECT is
// left out, as Node hands it to a tunnel event and closes the socket.

const SEED = 20_260_901;
const RUNS = 3000;
const model = currentModel();
const relationIds = model.dataset.relations.slice(0, 5).map((relation) => relation.id);

const junk = fc.string({ unit: fc.constantFrom(..."aZ09-._~!$&'()*+,;=:@%", "%ZZ", "%", "%C0%AF", "%E0%A4", "%FF", "%00", "%2F", "%2e%2e", "..", "%20", "%u0041", "%C3%A9"), maxLength: 8 });
const segment = fc.oneof({ arbitrary: fc.constantFrom("actors", "relations", "snapshot", "extra", ...relationIds), weight: 3 }, { arbitrary: fc.constantFrom("", ".."), weight: 1 }, { arbitrary: junk, weight: 2 });
const path = fc.array(segment, { minLength: 0, maxLength: 3 }).map((segments) => ["/api", ...segments].join("/"));

const parameter = fc.tuple(
  fc.constantFrom("year", "types", "evidence", "source", "format", "_rsc", "yaer", ""),
  fc.oneof(fc.constantFrom("2001", "all", "1700", "-1", "abc", "ally,enemy", "ally,,", "fact", ...EXPORT_FORMAT_IDS, model.dataset.sources[0]!.id), junk),
);
const query = fc.array(parameter, { maxLength: 4 }).map((pairs) => (pairs.length === 0 ? "" : `?${pairs.map(([name, value]) => `${name}=${value}`).join("&")}`));

const HEADER_VALUES: Record<string, string[]> = {
  "accept-encoding": ["gzip", "br", "identity", "*;q=0", "gzip;q=abc", "deflate, gzip"],
  accept: ["application/json", "text/html", "text/x-component", "*/*", "junk/"],
  rsc: ["1", "0", "yes"],
  "next-router-prefetch": ["1", "2"],
  "next-router-state-tree": ["junk", "%5B%5D", '["",{}]'],
  "next-url": ["/", "/api/actors"],
  "next-action": ["abc123"],
  range: ["bytes=0-10", "bytes=x"],
  "if-none-match": ['"abc"', "*"],
  "content-type": ["application/json", "multipart/form-data", "text/plain; charset=utf-7"],
  "x-forwarded-host": ["evil.example", "a b", ""],
  "x-forwarded-proto": ["https", "gopher"],
  "x-middleware-subrequest": ["proxy:proxy:proxy:proxy:proxy"],
  cookie: ["a=b", "__prerender_bypass=1"],
  origin: ["http://evil.example", "null"],
};
const headers = fc.subarray(Object.keys(HEADER_VALUES)).chain((names) =>
  fc.tuple(...names.map((name) => fc.constantFrom(...HEADER_VALUES[name]!).map((value) => [name, value] as const))).map((pairs) => Object.fromEntries(pairs)),
);

const others = METHODS.filter((method) => !["GET", "HEAD", "OPTIONS", "CONNECT"].includes(method));
const method = fc.oneof({ arbitrary: fc.constant("GET"), weight: 10 }, { arbitrary: fc.constantFrom("HEAD", "OPTIONS"), weight: 3 }, { arbitrary: fc.constantFrom(...others), weight: 5 });

// Dot segments (`..`, `%2e%2e`) may climb out of /api; such a request is for a page, not the API.
const underApi = (target: string) => /^\/api(\/|$)/.test(new URL(target, "http://x").pathname);
const target = fc.tuple(path, query).map(([p, q]) => p + q).filter(underApi);
const requests = fc.sample(fc.record({ method, target, headers }), { seed: SEED, numRuns: RUNS });

/** What is wrong with one answer, or null. */
function problemWith(request: (typeof requests)[number], response: RawResponse): string | null {
  if (response.status >= 500) return `status ${response.status}: ${JSON.stringify(response.body.toString("utf8").slice(0, 100))}`;
  // Next answers a path with // or \\ with a 308 to the tidied path before any project code runs.
  const redirect = response.status >= 300 && response.status < 400;
  if (!redirect && response.headers["x-content-type-options"] !== "nosniff") return `status ${response.status} without the security headers`;
  if (response.status < 400 || request.method === "HEAD") return null;
  try {
    errorOf(response);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

test(`${RUNS} random requests to the API: no 5xx, every error a JSON { error }`, async () => {
  test.setTimeout(60_000);
  const problems: string[] = [];
  const statuses = new Map<number, number>();
  const queue = [...requests];
  const worker = async () => {
    for (let request = queue.shift(); request !== undefined; request = queue.shift()) {
      const response = await rawRequest(request.method, request.target, request.headers);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const problem = problemWith(request, response);
      if (problem !== null) problems.push(`${request.method} ${request.target} ${JSON.stringify(request.headers)}: ${problem}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  console.log(`api fuzz (seed ${SEED}): ${[...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${count}x ${status}`).join(", ")}`);
  // Server errors first: they are the worst.
  problems.sort((a, b) => Number(b.includes(": status 5")) - Number(a.includes(": status 5")));
  expect(problems.slice(0, 10), `${problems.length} problems`).toEqual([]);
  // The fuzz reached every kind of answer, so it tested something.
  expect([200, 400, 404, 405].every((status) => (statuses.get(status) ?? 0) > 0)).toBe(true);
});
