import { DOMParser } from "@xmldom/xmldom";
import { marked } from "marked";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { GET as getSnapshot } from "@/app/api/snapshot/route";
import { snapshotRecordsOf } from "@/lib/snapshot";
import { markdownAutolink, markdownText } from "@/lib/export/markdown-text";
import { CSV_COLUMNS, toCsv } from "@/lib/export/to-csv";
import { toJsonSnapshot } from "@/lib/export/to-json-snapshot";
import { toSourcesMarkdown } from "@/lib/export/to-sources-markdown";
import { SourceSchema } from "@/lib/schema";
import { defaultFilters } from "@/lib/filters";
import { source } from "./fixtures/builders";
import { BROKEN_LINES_TITLE, HTML_NAME, hostileModel, LINK_TITLE } from "./fixtures/hostile-model";
import { BAD_URLS, BIDI_OVERRIDE, FORMULAS, XML_BREAKER, ZERO_WIDTH } from "./fixtures/hostile-strings";

// The Markdown bibliography, the CSV and the JSON of a hostile dataset, read back the way their
// readers do: Markdown through marked (which passes raw HTML and javascript: links through),
// CSV through papaparse, JSON through JSON.parse.

const whole = snapshotRecordsOf(hostileModel, { year: null, filters: defaultFilters() });
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

describe("Markdown bibliography of a hostile dataset, rendered by marked", () => {
  const html = marked.parse(toSourcesMarkdown(whole), { async: false });
  // Parsed inside each test: HTML leaked from the data may not even parse, which must fail a test, not the file.
  const rendered = () => new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const items = () => Array.from(rendered().getElementsByTagName("li"));

  it("renders no HTML from the data: no script, image, handler, heading or extra list item", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg/i);
    expect(html).not.toMatch(/<div/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
    const attributeNames = Array.from(rendered().getElementsByTagName("*")).flatMap((element) => Array.from(element.attributes).map((a) => a.name));
    expect(attributeNames.filter((name) => /^on/i.test(name))).toEqual([]);
    expect(html).not.toMatch(/<h[2-6]/i);
    expect(items()).toHaveLength(whole.sources.length);
  });

  it("links only http(s) URLs, and drops the javascript:, data: and breakout ones", () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(html).not.toMatch(/href="\s*(javascript|vbscript|data):/i);
    expect(hrefs).toContain("https://example.org/ok?a=1&amp;b=2");
  });

  it("shows every title as its own characters, on one line, without bidi overrides", () => {
    const [first, second, third] = items();
    expect(first!.textContent).toContain(LINK_TITLE);
    expect(second!.textContent).toContain(BROKEN_LINES_TITLE.replace(/[\r\n]+/g, " "));
    expect(second!.textContent).toContain(ZERO_WIDTH);
    expect(third!.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it.each([
    ["[x](javascript:alert(1))", "\\[x\\]\\(javascript:alert\\(1\\)\\)"],
    ["<b>&amp;</b>", "\\<b\\>\\&amp;\\</b\\>"],
    ["a\n# b", "a \\# b"],
    ["*_~`|!", "\\*\\_\\~\\`\\|\\!"],
    [BIDI_OVERRIDE, "invoicefdp.exe and isolated"],
  ])("markdownText(%j) = %j", (input, expected) => {
    expect(markdownText(input)).toBe(expected);
  });

  it("percent-encodes what could close an autolink, and refuses what is not plain http(s)", () => {
    expect(markdownAutolink("https://example.org/a?b=1&c=2")).toBe("<https://example.org/a?b=1&c=2>");
    expect(markdownAutolink("https://example.org/ä")).toBe("<https://example.org/%C3%A4>");
    for (const url of BAD_URLS) expect(markdownAutolink(url)).toBeNull();
  });
});

describe("CSV of a hostile dataset", () => {
  const csv = toCsv(whole);
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;

  it("starts with a UTF-8 byte-order mark, then the header", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(header).toEqual([...CSV_COLUMNS]);
  });

  it("is served by the API with the same byte-order mark, whatever the client accepts", async () => {
    // The route sends plain bytes (Next compresses once); e2e/api-clients.spec.ts checks the served, gzipped form.
    for (const encoding of ["identity", "gzip"]) {
      const response = getSnapshot(new Request("http://localhost/api/snapshot?year=2001&format=csv", { headers: { "accept-encoding": encoding } }));
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  it("has no cell a spreadsheet would run as a formula", () => {
    expect(parsed.errors).toEqual([]);
    expect(rows.length).toBe(whole.relations.reduce((sum, r) => sum + r.claims.length, 0));
    const live = rows.flat().filter((cell) => FORMULA_START.test(cell));
    expect(live).toEqual([]);
  });

  it("keeps every formula-like quote, name and outlet, behind one apostrophe", () => {
    const column = (name: (typeof CSV_COLUMNS)[number]) => rows.map((row) => row[CSV_COLUMNS.indexOf(name)]);
    expect(column("quote")).toEqual(expect.arrayContaining(FORMULAS.map((formula) => `'${formula}`)));
    expect(column("target_actor")).toContain(`'${FORMULAS[1]}`);
    expect(column("speaker")[0]).toBe(`'${FORMULAS[3]}, ${whole.relations[0]!.claims[0]!.speaker!.role}`);
    expect(column("source_actor")[0]).toBe(HTML_NAME);
    expect(column("quote")).toContain(XML_BREAKER);
  });
});

describe("JSON snapshot of a hostile dataset", () => {
  it("round-trips every string exactly", () => {
    const json = JSON.parse(toJsonSnapshot(whole, true));
    expect(json.actors).toEqual(whole.actors);
    expect(json.sources).toEqual(whole.sources);
    expect(json.relations).toEqual(whole.relations);
    expect(json.sources[0].note).toBe(BIDI_OVERRIDE);
  });
});

describe("source URLs in the schema", () => {
  it.each(BAD_URLS.map((url) => [url]))("refuses %j", (url) => {
    expect(SourceSchema.safeParse(source("s", { url })).success).toBe(false);
  });

  it.each([["https://example.org/a?b=1&c=2#top"], ["http://example.org/%22quoted%22"], ["https://fa.wikipedia.org/wiki/ایران"], ["HTTPS://EXAMPLE.ORG/"]])("accepts %j", (url) => {
    expect(SourceSchema.safeParse(source("s", { url })).success).toBe(true);
  });

  it("says what is wrong with a URL holding a quote mark", () => {
    const result = SourceSchema.safeParse(source("s", { url: `https://example.org/"x` }));
    expect(result.error?.issues[0]?.message).toMatch(/percent-encode/);
  });
});
