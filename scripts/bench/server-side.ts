import { Agent, request } from "node:http";
import { gzipSync } from "node:zlib";
import type { AllianceModel } from "../../lib/graph/alliance-model";
import { snapshotRecordsOf } from "../../lib/snapshot";
import { toGexf } from "../../lib/export/to-gexf";
import { ALL_EVIDENCE, ALL_TYPES } from "../../lib/filters";
import { quantile, round, summarize } from "./stats";

/**
 * First-load JavaScript: every script the page's HTML names (what the browser fetches before the
 * app is interactive), gzipped here, since `next build` no longer prints sizes. Chunks imported
 * later (Cytoscape, behind next/dynamic) are not among them.
 */
export async function measureFirstLoadJs(url: string) {
  const html = await (await fetch(`${url}/`)).text();
  const sources = new Set<string>();
  // Scripts marked noModule (legacy polyfills) are never fetched by a current browser.
  for (const match of html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)) {
    if (/\bnomodule\b/i.test(`${match[1]} ${match[3]}`)) continue;
    sources.add(match[2] as string);
  }
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src.replace(/&amp;/g, "&"), url))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  const htmlBytes = Buffer.byteLength(html);
  return {
    scripts: sources.size,
    jsKb: round(raw / 1024, 1),
    jsGzipKb: round(gzip / 1024, 1),
    htmlKb: round(htmlBytes / 1024, 1),
    htmlGzipKb: round(gzipSync(html).length / 1024, 1),
  };
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** One GET over a kept-alive connection, the body's bytes as sent (not decoded). */
function rawGet(url: string, encoding: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers: { "accept-encoding": encoding }, agent }, (incoming) => {
      let bytes = 0;
      incoming.on("data", (chunk: Buffer) => (bytes += chunk.length));
      incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0, bytes }));
      incoming.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

// Time to the last byte as sent: the server's latency and the transfer, without the client's own
// gunzip (about 5 ms for a year's JSON at 20,000 relations, the same whatever the server does).
async function timeRequests(url: string, count: number, encoding = "gzip") {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < count + 5; i += 1) {
    const started = performance.now();
    const response = await rawGet(url, encoding);
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`bench: ${url} answered ${response.status}`);
    bytes = response.bytes;
    if (i >= 5) times.push(ms); // the first few warm the server up
  }
  const sorted = times.sort((a, b) => a - b);
  return { requests: count, p50: round(quantile(sorted, 0.5)), p99: round(quantile(sorted, 0.99)), bytes };
}

/** `/api/snapshot` latency, sequential requests from Node (client overhead included). */
export async function measureApi(url: string, year: number, count: number) {
  return {
    year,
    // As a browser asks (gzip; bytes as sent, so `bytes` is the gzipped size), and uncompressed.
    json: await timeRequests(`${url}/api/snapshot?year=${year}`, count),
    jsonIdentity: await timeRequests(`${url}/api/snapshot?year=${year}`, count, "identity"),
    jsonFiltered: await timeRequests(`${url}/api/snapshot?year=${year}&types=ally,enemy`, Math.min(count, 100)),
    gexfAllYears: await timeRequests(`${url}/api/snapshot?format=gexf`, 5),
  };
}

/** toGexf of the whole dataset, every year (what the export menu and the CLI write), in-process. */
export function measureGexf(model: AllianceModel) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    const text = toGexf(snapshotRecordsOf(model, { year: null, filters: { types: [...ALL_TYPES], evidence: [...ALL_EVIDENCE], source: null } }), "2000-01-01");
    times.push(performance.now() - started);
    bytes = text.length;
  }
  return { ...summarize(times), bytes };
}
