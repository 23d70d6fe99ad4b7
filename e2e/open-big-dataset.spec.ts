import { expect, type Page, test } from "@playwright/test";
import { generateDataset } from "../lib/generate/generate-dataset";
import { csvZipBytes } from "../lib/import";
import { openExplorer } from "./helpers";

// The scale case: a 2,000-actor / 20,000-relation dataset as a zip of CSV files, opened in
// the browser, reaches the map. Timings are noisy on shared machines: recorded, never asserted.
const ACTORS = 2000;
const RELATIONS = 20000;
const generated = generateDataset({ actors: ACTORS, relations: RELATIONS, seed: 1 });
const zip = Buffer.from(csvZipBytes(generated, generated.corpus));
// The canvas holds the opening year's actors (the others enter when a year needs them).
const waitForActors = (page: Page) =>
  page.waitForFunction(() => window.cy !== undefined && window.cy.nodes().length > 0 && document.querySelector("[data-ready=true]") !== null, null, { timeout: 180_000 });
const placesOf = (page: Page) => page.evaluate(() => window.cy!.nodes().map((node) => `${node.data("actorId")}@${node.position().x},${node.position().y}`));

test("a 2,000-actor / 20,000-relation CSV zip opens with progress, its actors are drawn on the map, and a reload draws them at the same places", async ({ page }) => {
  test.setTimeout(240_000);
  const errors = await openExplorer(page);
  await page.getByTestId("open-dataset").click();
  const started = Date.now();
  await page.getByTestId("open-dataset-files").setInputFiles({ name: "big-csv.zip", mimeType: "application/zip", buffer: zip });
  await expect(page.getByTestId("open-dataset-progress")).toBeVisible();

  await expect(page.getByTestId("local-header")).toContainText(`${ACTORS} actors, ${RELATIONS} relations`, { timeout: 180_000 });
  await waitForActors(page);
  // Drawn where the worker placed them: the opening year's actors are on the canvas, spread out.
  const drawn = await page.evaluate(() => {
    const shown = window.cy!.nodes(":visible");
    return { shown: shown.length, places: new Set(shown.map((node) => `${Math.round(node.position().x)},${Math.round(node.position().y)}`)).size, pageLayoutMs: window.__allegiancesPerf?.layoutMs ?? null };
  });
  test.info().annotations.push({ type: "opened and drawn (ms)", description: String(Date.now() - started) });
  expect(drawn.shown).toBeGreaterThan(100);
  expect(drawn.places).toBeGreaterThan(drawn.shown * 0.9);
  // Laid out in the worker: nothing was laid out on the page.
  expect(drawn.pageLayoutMs).toBe(0);

  // A busy year's thousands of relations: the table draws a page of them and adds more on request.
  const table = page.getByRole("table").filter({ has: page.locator("caption", { hasText: /relations in/ }) });
  const shownRows = Number(await page.getByTestId("year-summary").getAttribute("data-relations"));
  expect(shownRows).toBeGreaterThan(400);
  await expect(table.locator("caption")).toContainText(`${shownRows} relations in`);
  await expect(table.locator("tbody tr")).toHaveCount(200);
  await page.getByTestId("relation-table-more").click();
  await expect(table.locator("tbody tr")).toHaveCount(400);
  // The balance under the slider is counted after the map is drawn, a few years per task.
  await expect(page.getByTestId("balance-chart").locator("svg [data-year]").first()).toBeAttached({ timeout: 60_000 });

  // Kept in IndexedDB with its places: a reload draws the same map without laying anything out.
  const before = await placesOf(page);
  await page.reload();
  await waitForActors(page);
  expect(await placesOf(page)).toEqual(before);
  expect(errors).toEqual([]);
});
