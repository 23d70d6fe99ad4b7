import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { currentModel } from "../lib/server";
import { presentAt } from "../lib/graph/time-index";
import { downloadFromMenu as download, exportButton, openExplorer } from "./helpers";

// The explorer's Export menu against the real data: every download is caught and read back.

const model = currentModel();
const YEAR = 2001;
const claimsIn = (year: number, skip: (type: string) => boolean = () => false) =>
  presentAt(model.relationIndex, year)
    .map((id) => model.graph.getEdgeAttribute(id, "relation"))
    .filter((relation) => !skip(relation.type))
    .reduce((sum, relation) => sum + relation.claims.length, 0);

const open = (page: Page, query = `?year=${YEAR}`) => openExplorer(page, query);

async function shownRelations(page: Page): Promise<number> {
  const value = await page.getByTestId("year-summary").getAttribute("data-relations");
  return Number(value);
}

const countOf = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

test.describe("the Export menu", () => {
  test("PNG: the graph at 2× with caption and legend, on white", async ({ page }) => {
    const errors = await open(page);
    const canvas = await page.evaluate(() => ({ width: window.cy!.width(), height: window.cy!.height() }));
    const { download: file, bytes } = await download(page, "PNG image (2×)");
    expect(file.suggestedFilename()).toBe(`allegiances-${YEAR}.png`);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
    const size = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
    expect(size.width).toBeGreaterThanOrEqual(2 * canvas.width);
    expect(size.height).toBeGreaterThanOrEqual(2 * canvas.height);
    // The corner is the white background, not transparency: decode it in the page (from bytes,
    // not a fetched data: URL, which the page's connect-src 'self' refuses).
    const corner = await page.evaluate(async (base64) => {
      const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: "image/png" });
      const bitmap = await createImageBitmap(blob);
      const c = new OffscreenCanvas(4, 4).getContext("2d")!;
      c.drawImage(bitmap, 0, 0);
      return [...c.getImageData(1, 1, 1, 1).data];
    }, bytes.toString("base64"));
    expect(corner).toEqual([255, 255, 255, 255]);
    await expect(page.getByTestId("export-status")).toHaveText(`Saved allegiances-${YEAR}.png`);
    expect(errors).toEqual([]);
  });

  test("SVG: well-formed, sized, with the caption and the graph nested", async ({ page }) => {
    const errors = await open(page);
    const relations = await shownRelations(page);
    const actors = Number(await page.getByTestId("year-summary").getAttribute("data-actors"));
    const { download: file, text } = await download(page, "SVG image");
    expect(file.suggestedFilename()).toBe(`allegiances-${YEAR}.svg`);
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      const root = doc.documentElement;
      return {
        root: root.nodeName,
        parserErrors: doc.getElementsByTagName("parsererror").length,
        width: root.getAttribute("width"),
        height: root.getAttribute("height"),
        viewBox: root.getAttribute("viewBox"),
        texts: Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent ?? ""),
        nested: root.getElementsByTagName("svg").length,
        graphShapes: root.getElementsByTagName("svg")[0]?.getElementsByTagName("path").length ?? 0,
      };
    }, text);
    expect(parsed).toMatchObject({ root: "svg", parserErrors: 0, nested: 1 });
    expect(Number(parsed.width)).toBeGreaterThan(0);
    expect(Number(parsed.height)).toBeGreaterThan(0);
    expect(parsed.viewBox).toBe(`0 0 ${parsed.width} ${parsed.height}`);
    expect(parsed.texts).toContain(`Allegiances — ${YEAR}`);
    expect(parsed.texts).toContain("types: all · evidence: all · source: any");
    expect(parsed.texts).toContain(`${relations} relations among ${actors} actors`);
    expect(parsed.graphShapes).toBeGreaterThan(relations);
    expect(errors).toEqual([]);
  });

  test("data exports are the snapshot of the year on screen", async ({ page }) => {
    await open(page);
    const relations = await shownRelations(page);
    expect(relations).toBeGreaterThan(0);

    const json = await download(page, "JSON snapshot");
    expect(json.download.suggestedFilename()).toBe(`allegiances-${YEAR}.json`);
    const snapshot = JSON.parse(json.text);
    expect(snapshot.snapshot.year).toBe(YEAR);
    expect(snapshot.relations).toHaveLength(relations);

    const gexf = await download(page, "GEXF (dynamic, for Gephi)");
    expect(gexf.download.suggestedFilename()).toBe(`allegiances-${YEAR}.gexf`);
    expect(gexf.text).toContain('mode="dynamic"');
    expect(countOf(gexf.text, /<edge\s/g)).toBe(relations);

    const graphml = await download(page, "GraphML");
    expect(graphml.download.suggestedFilename()).toBe(`allegiances-${YEAR}.graphml`);
    expect(countOf(graphml.text, /<edge\s/g)).toBe(relations);

    const csv = await download(page, "CSV (one row per claim)");
    expect(csv.download.suggestedFilename()).toBe(`allegiances-${YEAR}.csv`);
    // The UTF-8 byte-order mark that lets Excel on Windows read curly quotes; papaparse skips it.
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(claimsIn(YEAR));

    const sources = await download(page, "Sources (Markdown)");
    expect(sources.download.suggestedFilename()).toBe(`allegiances-${YEAR}-sources.md`);
    expect(sources.text.startsWith("# Sources")).toBe(true);

    const everyYear = await download(page, "GEXF (dynamic, for Gephi), all years");
    expect(everyYear.download.suggestedFilename()).toBe("allegiances-all-years.gexf");
    expect(countOf(everyYear.text, /<edge\s/g)).toBe(model.dataset.relations.length);
  });

  test("a filtered view exports only what passes the filters", async ({ page }) => {
    await open(page);
    const before = await shownRelations(page);
    const type = "supports";
    await page.getByRole("checkbox", { name: type, exact: true }).uncheck();
    await expect(page).toHaveURL(/types=/);
    await expect.poll(() => shownRelations(page)).toBeLessThan(before);
    const relations = await shownRelations(page);
    const { text } = await download(page, "JSON snapshot");
    const snapshot = JSON.parse(text);
    expect(snapshot.relations).toHaveLength(relations);
    expect(snapshot.relations.map((r: { type: string }) => r.type)).not.toContain(type);
    expect(snapshot.snapshot.types).not.toContain(type);
    const csv = await download(page, "CSV (one row per claim)");
    expect(Papa.parse(csv.text, { header: true, skipEmptyLines: true }).data).toHaveLength(claimsIn(YEAR, (t) => t === type));
    // The picture's caption says what is filtered out.
    const svg = await download(page, "SVG image");
    expect(svg.text).toContain(`types: all but ${type}`);
  });

  test("Copy link puts the view's URL on the clipboard and says so", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await open(page, `?year=${YEAR}&actor=iran&evidence=fact,participant`);
    await exportButton(page).click();
    await page.getByRole("button", { name: "Copy link to this view" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain("actor=iran");
  });

  test("when the clipboard refuses, the link is shown in a field to copy by hand", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) }, configurable: true });
    });
    await open(page);
    await exportButton(page).click();
    await page.getByRole("button", { name: "Copy link to this view" }).click();
    const field = page.getByRole("textbox", { name: "Copy this link" });
    await expect(field).toHaveValue(page.url());
    await expect(field).toBeFocused();
    await expect(page.getByTestId("export-status")).toContainText("Could not copy the link (denied)");
  });

  test("is keyboard operable: opens on Enter, arrows move, Escape closes back to the button", async ({ page }) => {
    await open(page);
    await exportButton(page).focus();
    await page.keyboard.press("Enter");
    await expect(exportButton(page)).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("button", { name: "PNG image (2×)" })).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("button", { name: "SVG image" })).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(page.getByRole("button", { name: "Copy link to this view" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(exportButton(page)).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("button", { name: "SVG image" })).toBeHidden();
    await expect(exportButton(page)).toBeFocused();
  });

  test("while a picture is drawn, its item says Exporting… and every item is disabled", async ({ page }) => {
    await open(page);
    // Hold the graph bitmap until released, so the busy state can be seen.
    await page.evaluate(() => {
      const held = window as unknown as { __release?: () => void };
      const original = window.createImageBitmap.bind(window);
      window.createImageBitmap = ((source: ImageBitmapSource) =>
        new Promise<ImageBitmap>((resolve, reject) => {
          held.__release = () => original(source).then(resolve, reject);
        })) as typeof window.createImageBitmap;
    });
    await exportButton(page).click();
    const saved = page.waitForEvent("download");
    await page.getByRole("button", { name: "PNG image (2×)" }).click();
    const item = page.locator("[data-export-item=png]");
    await expect(item).toHaveText("Exporting…");
    await expect(item).toBeDisabled();
    await expect(page.getByRole("button", { name: "JSON snapshot" })).toBeDisabled();
    await page.waitForFunction(() => typeof (window as unknown as { __release?: () => void }).__release === "function");
    await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
    expect((await saved).suggestedFilename()).toBe(`allegiances-${YEAR}.png`);
    await exportButton(page).click();
    await expect(item).toHaveText("PNG image (2×)");
    await expect(item).toBeEnabled();
  });

  test("a failed export says why in an alert and keeps the menu open", async ({ page }) => {
    await open(page);
    await page.evaluate(() => {
      HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
        callback(null);
      };
    });
    await exportButton(page).click();
    await page.getByRole("button", { name: "PNG image (2×)" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Export failed" })).toContainText(/toBlob|too large/);
    await expect(page.getByRole("button", { name: "PNG image (2×)" })).toBeEnabled();
    await expect(page.getByRole("button", { name: "PNG image (2×)" })).toBeFocused();
    await expect(exportButton(page)).toHaveAttribute("aria-expanded", "true");
  });
});
