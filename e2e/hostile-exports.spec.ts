import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { expect, test, type Page } from "@playwright/test";
import { marked } from "marked";
import Papa from "papaparse";
import { currentModel } from "../lib/server";
import { snapshotRecordsOf } from "../lib/snapshot";
import { defaultFilters } from "../lib/filters";
import { downloadFromMenu, openExplorer } from "./helpers";
import { collectDialogs, expectNothingRan } from "./hostile-checks";

// Every entry of the Export menu over the hostile build, each download read back as its reader
// would: the SVG and the rendered Markdown opened in the browser, the rest parsed in Node.

const model = currentModel(path.resolve("tests/fixtures/hostile-data"));
const YEAR = 2001;
const snapshot = snapshotRecordsOf(model, { year: YEAR, filters: defaultFilters() });
const nameOf = (id: string) => model.dataset.actors.find((a) => a.id === id)!.name;
const sorted = (values: (string | null)[]) => [...values].sort();
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

function parseXml(text: string) {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(text, "text/xml");
  expect(problems).toEqual([]);
  return doc;
}

/** Opens `body` as a document of this origin, so whatever it holds may run, and checks nothing does. */
async function openAsDocument(page: Page, body: Buffer | string, contentType: string) {
  const dialogs = collectDialogs(page);
  await page.route("**/__hostile-export", (route) => route.fulfill({ status: 200, contentType, body }));
  await page.goto("/__hostile-export");
  await expectNothingRan(page, dialogs);
}

test.describe("the Export menu over a hostile dataset", () => {
  test("PNG and SVG pictures: the SVG is well-formed and runs nothing when opened", async ({ page }) => {
    const dialogs = collectDialogs(page);
    await openExplorer(page, `?year=${YEAR}&actor=script-actor`);
    const png = await downloadFromMenu(page, "PNG image (2×)");
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const svg = await downloadFromMenu(page, "SVG image");
    const doc = parseXml(svg.text);
    expect(doc.getElementsByTagName("script").length).toBe(0);
    expect(doc.getElementsByTagName("title")[0]!.textContent).toContain(`selected: ${nameOf("script-actor")}`);
    await expectNothingRan(page, dialogs);
    await openAsDocument(page, svg.bytes, "image/svg+xml");
  });

  test("JSON, GEXF and GraphML carry every name and quote exactly", async ({ page }) => {
    await openExplorer(page, `?year=${YEAR}`);
    const json = JSON.parse((await downloadFromMenu(page, "JSON snapshot")).text);
    expect(json.actors).toEqual(snapshot.actors);
    expect(json.relations).toEqual(snapshot.relations);
    const names = sorted(snapshot.actors.map((a) => a.name));
    for (const label of ["GEXF (dynamic, for Gephi)", "GEXF (dynamic, for Gephi), all years"]) {
      const gexf = parseXml((await downloadFromMenu(page, label)).text);
      expect(sorted(Array.from(gexf.getElementsByTagName("node"), (node) => node.getAttribute("label")))).toEqual(names);
    }
    const graphml = parseXml((await downloadFromMenu(page, "GraphML")).text);
    const labels = Array.from(graphml.getElementsByTagName("data")).filter((d) => d.getAttribute("key") === "n_label");
    expect(sorted(labels.map((d) => d.textContent))).toEqual(names);
  });

  test("CSV opens with a byte-order mark and holds no live formula", async ({ page }) => {
    await openExplorer(page, `?year=${YEAR}`);
    const csv = await downloadFromMenu(page, "CSV (one row per claim)");
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(csv.text, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(1 + snapshot.relations.reduce((sum, r) => sum + r.claims.length, 0));
    expect(parsed.data.flat().filter((cell) => FORMULA_START.test(cell))).toEqual([]);
    expect(parsed.data.flat()).toContain(`'${nameOf("formula-actor")}`);
  });

  test("the Markdown sources, rendered by marked and opened, run nothing and link only http(s)", async ({ page }) => {
    await openExplorer(page, `?year=${YEAR}`);
    const markdown = await downloadFromMenu(page, "Sources (Markdown)");
    const html = await marked.parse(markdown.text);
    expect(html).not.toMatch(/<(script|img|svg|iframe)\b/i);
    // marked also turns a plain "http://…" in a title into a link (GitHub does too): http(s) only, then.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    for (const source of snapshot.sources) if (source.url !== undefined) expect(hrefs).toContain(source.url);
    await openAsDocument(page, `<!doctype html><html><body>${html}</body></html>`, "text/html");
  });

  test("Copy link copies the view's URL", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const dialogs = collectDialogs(page);
    await openExplorer(page, `?year=${YEAR}&actor=markdown-actor`);
    await page.getByRole("button", { name: "Export", exact: true }).click();
    await page.getByRole("button", { name: "Copy link to this view" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await expectNothingRan(page, dialogs);
  });
});
