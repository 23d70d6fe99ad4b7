import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { currentModel } from "../lib/server";
import { EXPORT_FORMAT_IDS, type ExportFormatId } from "../lib/export/info";
import { BASE_URL, rawRequest, textOf } from "./http-client";

// The API through the served app, as real clients ask for it: the browser's fetch (which asks for
// gzip and decodes it), Node's fetch with its default headers, and a client asking for no
// compression at all. Each must get the very document the route wrote, decoded exactly once.

const model = currentModel();
const relationId = model.dataset.relations[0]!.id;

/** How each answer reads when it is right: its content type and a check of its text. */
const EXPECTED: Record<ExportFormatId, { type: RegExp; check: (text: string) => void }> = {
  json: { type: /^application\/json/, check: (text) => expect(JSON.parse(text).snapshot.year).toBe(2001) },
  gexf: { type: /^application\/gexf\+xml/, check: (text) => expect(text).toMatch(/^<\?xml[^>]*>\s*<gexf /) },
  graphml: { type: /^application\/graphml\+xml/, check: (text) => expect(text).toMatch(/^<\?xml[^>]*>\s*<graphml /) },
  // fetch's text() drops the byte-order mark; the raw clients below see it.
  csv: { type: /^text\/csv/, check: (text) => expect(text).toMatch(/^\uFEFF?relation_id,source_actor/) },
  sources: { type: /^text\/markdown/, check: (text) => expect(text.startsWith("# Sources")).toBe(true) },
};

const ROUTES = [
  ...EXPORT_FORMAT_IDS.map((format) => ({ path: `/api/snapshot?year=2001&format=${format}`, ...EXPECTED[format] })),
  { path: "/api/actors", type: /^application\/json/, check: (text: string) => expect(JSON.parse(text).actors.length).toBe(model.dataset.actors.length) },
  { path: "/api/dataset", type: /^application\/json/, check: (text: string) => expect(JSON.parse(text).dataset.relations.length).toBe(model.dataset.relations.length) },
  { path: `/api/relations/${relationId}`, type: /^application\/json/, check: (text: string) => expect(JSON.parse(text).relation.id).toBe(relationId) },
];

test("the browser's fetch reads every route (it asks for gzip)", async ({ page }) => {
  await page.goto("/sources");
  for (const route of ROUTES) {
    const answer = await page.evaluate(async (path) => {
      const response = await fetch(path);
      return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
    }, route.path);
    expect(answer.status, route.path).toBe(200);
    expect(answer.type, route.path).toMatch(route.type);
    route.check(answer.text);
  }
  // The way a page script reads it: .json() straight off the response.
  const year = await page.evaluate(async () => (await (await fetch("/api/snapshot?year=2001")).json()).snapshot.year);
  expect(year).toBe(2001);
});

test("Node's fetch with its default headers reads every route", async () => {
  for (const route of ROUTES) {
    const response = await fetch(`${BASE_URL}${route.path}`);
    expect(response.status, route.path).toBe(200);
    expect(response.headers.get("content-type"), route.path).toMatch(route.type);
    route.check(await response.text());
  }
});

test("a client asking for no compression gets the plain bytes", async () => {
  for (const route of ROUTES) {
    const response = await rawRequest("GET", route.path, { "accept-encoding": "identity" });
    expect(response.status, route.path).toBe(200);
    expect(response.headers["content-encoding"], route.path).toBeUndefined();
    expect([...response.body.subarray(0, 2)], `${route.path} starts like gzip`).not.toEqual([0x1f, 0x8b]);
    route.check(response.body.toString("utf8"));
    // The CSV opens with a UTF-8 byte-order mark, so a spreadsheet on Windows reads its quotes right.
    if (route.path.includes("format=csv")) expect([...response.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  }
});

test("a client asking for gzip gets it gzipped once", async () => {
  for (const route of ROUTES) {
    const response = await rawRequest("GET", route.path, { "accept-encoding": "gzip" });
    expect(response.status, route.path).toBe(200);
    route.check(textOf(response));
  }
  // The JSON snapshot is large enough that Next does compress it.
  expect((await rawRequest("GET", ROUTES[0]!.path, { "accept-encoding": "gzip" })).headers["content-encoding"]).toBe("gzip");
});

test("/api/snapshot sends every export gzipped once, as the same cached bytes each time, and plain when gzip is refused", async () => {
  for (const format of EXPORT_FORMAT_IDS) {
    const path = `/api/snapshot?year=2001&format=${format}`;
    const first = await rawRequest("GET", path, { "accept-encoding": "gzip, deflate, br" });
    const second = await rawRequest("GET", path, { "accept-encoding": "gzip" });
    expect(first.headers["content-encoding"], path).toBe("gzip");
    expect(first.headers["x-allegiances-content-encoding"], `${path}: the marker stays inside the server`).toBeUndefined();
    expect(String(first.headers.vary), path).toMatch(/accept-encoding/i);
    // Gzipped once: one gunzip gives the document, not another gzip stream.
    const text = gunzipSync(first.body);
    expect([...text.subarray(0, 2)], path).not.toEqual([0x1f, 0x8b]);
    EXPECTED[format].check(text.toString("utf8"));
    expect(second.body.equals(first.body), `${path}: the same gzip bytes from the cache`).toBe(true);
    const plain = await rawRequest("GET", path, { "accept-encoding": "gzip;q=0, identity" });
    expect(plain.headers["content-encoding"], path).toBeUndefined();
    expect(plain.body.equals(text), `${path}: plain bytes are the gzip's content`).toBe(true);
  }
});
