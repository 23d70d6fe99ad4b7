import { expect, test } from "@playwright/test";
import { BASE_URL, errorOf, rawRequest } from "./http-client";

// Every way of asking the API wrongly gets a JSON `{ error }` naming what was wrong, with the
// fitting status, never a 500 or Next's HTML 404; a refused method says what is allowed.

const NOT_FOUND = [
  ["/api", '"/api"'],
  ["/api/relations", '"/api/relations"'],
  ["/api/relations/a/b/c", '"/api/relations/a/b/c"'],
  ["/api/snapshot/extra", '"/api/snapshot/extra"'],
  ["/api/relations/no-such-relation", '"no-such-relation"'],
] as const;

const MALFORMED = [
  ["/api/relations/%ZZ", '"%ZZ" is not a percent-escape'],
  ["/api/relations/%", '"%" is not a percent-escape'],
  ["/api/relations/%C0%AF", "does not decode to UTF-8"],
  ["/api/snapshot?year=%ZZ", '"%ZZ" is not a year'],
] as const;

for (const [path, named] of NOT_FOUND) {
  test(`GET ${path} is a JSON 404 naming it`, async () => {
    const response = await rawRequest("GET", path);
    expect(response.status).toBe(404);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(errorOf(response)).toContain(named);
  });
}

for (const [path, named] of MALFORMED) {
  test(`GET ${path} is a JSON 400 naming the bad part`, async () => {
    const response = await rawRequest("GET", path);
    expect(response.status).toBe(400);
    expect(errorOf(response)).toContain(named);
  });
}

for (const method of ["POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND"]) {
  for (const path of ["/api/actors", "/api/dataset", "/api/snapshot?year=2001", "/api/relations/x"]) {
    test(`${method} ${path} is a JSON 405 with an Allow header`, async () => {
      const response = await rawRequest(method, path);
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe("GET, HEAD, OPTIONS");
      expect(errorOf(response)).toContain(`${method} is not allowed`);
    });
  }
}

test("OPTIONS says what an API route allows", async () => {
  const response = await rawRequest("OPTIONS", "/api/actors");
  expect(response.status).toBe(204);
  expect(response.headers.allow).toBe("GET, HEAD, OPTIONS");
});

test("HEAD answers like GET, without a body", async () => {
  const response = await rawRequest("HEAD", "/api/snapshot?year=2001&format=csv");
  expect(response.status).toBe(200);
  expect(response.headers["content-type"]).toMatch(/^text\/csv/);
  expect(response.body.length).toBe(0);
});

test("Next's rsc header is not mistaken for a parameter: the answer is the plain one", async () => {
  const url = `${BASE_URL}/api/snapshot?year=2001`;
  const plain = await (await fetch(url)).text();
  // Next redirects such a request to add its `_rsc` cache-buster; fetch follows, as a browser does.
  const variants: Record<string, string>[] = [{ rsc: "1" }, { rsc: "1", "next-router-prefetch": "1" }, { rsc: "1", "next-router-state-tree": "junk" }];
  for (const headers of variants) {
    const response = await fetch(url, { headers });
    expect(response.status, JSON.stringify(headers)).toBe(200);
    expect(await response.text()).toBe(plain);
  }
});

test("an unknown parameter is still a 400 naming it", async () => {
  const response = await rawRequest("GET", "/api/snapshot?yaer=2001");
  expect(response.status).toBe(400);
  expect(errorOf(response)).toMatch(/^yaer: unknown parameter/);
});
