import { expect, type Page, test } from "@playwright/test";
import { buildAllianceModel } from "../lib/graph";
import { presentAt } from "../lib/graph/time-index";
import { templateDataset } from "../lib/import";
import type { Dataset } from "../lib/schema";
import { setCell, shipped, templateSheets, type TestCell, workbookOf } from "../tests/fixtures/workbooks";
import { openExplorer } from "./helpers";

// Bringing your own data: the template opens onto the map, a broken workbook lists exactly its
// problems and loads nothing, and the opened dataset survives a reload until closed.
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const template = templateDataset(shipped);

const drawnActorIds = (page: Page) => page.evaluate(() => window.cy!.nodes().map((node) => String(node.data("actorId"))).sort());
/** The actors a dataset has on the map in a year, sorted: what a fresh canvas holds when it opens there. */
const actorIdsIn = (dataset: Dataset, year: number) => [...presentAt(buildAllianceModel(dataset).actorIndex, year)].sort();
/** Waits until a fresh canvas holds exactly the actors `dataset` has in the year shown (read each time: the explorer may still be switching datasets). */
async function waitForActors(page: Page, dataset: Dataset) {
  await page.waitForFunction(() => window.cy !== undefined && window.cy.nodes().length > 0 && document.querySelector("[data-ready=true]") !== null);
  await expect
    .poll(
      async () => {
        const year = Number(await page.getByTestId("graph").getAttribute("data-year"));
        const [drawn, expected] = [await drawnActorIds(page), actorIdsIn(dataset, year)];
        return drawn.join(",") === expected.join(",") ? "holds the year's actors" : `in ${year} holds ${drawn.join(",")}; expected ${expected.join(",")}`;
      },
      { timeout: 30_000 },
    )
    .toBe("holds the year's actors");
}

async function openFile(page: Page, name: string, buffer: Buffer) {
  await page.getByTestId("open-dataset").click();
  await page.getByTestId("open-dataset-files").setInputFiles({ name, mimeType: XLSX, buffer });
}

test("the downloaded template opens in the explorer and is drawn on the map, and stays open across a reload", async ({ page, request }) => {
  await openExplorer(page);
  const download = await request.get("/template/allegiances-template.xlsx");
  expect(download.headers()["content-disposition"]).toContain("allegiances-template.xlsx");
  await openFile(page, "allegiances-template.xlsx", await download.body());

  await expect(page.getByTestId("local-header")).toContainText(`Local dataset “allegiances-template.xlsx”, opened in this browser: ${template.actors.length} actors, ${template.relations.length} relations`);
  await waitForActors(page, template);
  await expect(page).toHaveURL(/[?&]dataset=local(&|$)/);
  await expect(page.getByTestId("unverified-notice")).toHaveCount(0);

  // The view's own parameters are written around the dataset choice.
  await page.getByRole("slider").focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/year=\d+.*dataset=local/);

  await page.reload();
  await expect(page.getByTestId("local-header")).toBeVisible();
  await waitForActors(page, template);

  await page.getByTestId("show-built-in").click();
  await waitForActors(page, shipped);
  await expect(page.getByTestId("counts")).toContainText(`${shipped.actors.length} actors`);
  await expect(page).not.toHaveURL(/dataset=local/);

  // Closing removes it from the browser: asking for it again says so and shows the built-in data.
  await page.goto("/?dataset=local");
  await expect(page.getByTestId("local-header")).toBeVisible();
  await page.getByTestId("close-local").click();
  await expect(page.getByRole("status").filter({ hasText: "closed and removed" })).toBeVisible();
  await page.goto("/?dataset=local");
  await expect(page.getByRole("status").filter({ hasText: "No dataset is kept in this browser" })).toBeVisible();
  await waitForActors(page, shipped);
});

test("a workbook with three broken rows lists exactly those three problems by sheet, row and column, and loads nothing", async ({ page }) => {
  const sheets: Record<string, TestCell[][]> = templateSheets();
  setCell(sheets, "actors", 2, "kind", "empire");
  setCell(sheets, "relations", 3, "start", { formula: "YEAR(TODAY())", result: 2024 });
  setCell(sheets, "claims", 4, "source", "nowhere-news");
  await openExplorer(page);
  await openFile(page, "broken.xlsx", Buffer.from(await workbookOf(sheets)));

  const problems = page.getByTestId("open-dataset-problems");
  await expect(problems).toContainText("Not opened: 3 problems to fix (nothing was loaded).");
  const items = (await problems.getByRole("listitem").allTextContents()).sort();
  expect(items).toHaveLength(3);
  expect(items[0]).toMatch(/^error: broken\.xlsx, sheet "actors", row 2, column D \(kind\): Invalid option: expected one of "state"/);
  expect(items[1]).toMatch(/^error: broken\.xlsx, sheet "claims", row 4, column B \(source\): unknown source "nowhere-news": expected an id in the sources sheet/);
  expect(items[2]).toMatch(/^error: broken\.xlsx, sheet "relations", row 3, column E \(start\): a formula \("=YEAR\(TODAY\(\)\)"\) is never evaluated/);
  await expect(page.getByTestId("local-header")).toHaveCount(0);
  await expect(page).not.toHaveURL(/dataset=local/);
  await waitForActors(page, shipped);
});

test("a source of the opened dataset has its own page: its title and text as opened, its quotes marked, and the way back to the same dataset", async ({ page }) => {
  const sheets: Record<string, TestCell[][]> = templateSheets();
  // Renamed, so the page cannot pass by showing the served source of the same id.
  setCell(sheets, "sources", 2, "title", "A title only the opened dataset has");
  const renamed = sheets.sources?.[1]?.[sheets.sources[0]!.indexOf("id")];
  const relation = template.relations.find((r) => r.claims.some((claim) => claim.source === renamed))!;
  await openExplorer(page);
  await openFile(page, "renamed.xlsx", Buffer.from(await workbookOf(sheets)));
  await waitForActors(page, template);
  await page.goto(`/sources/${String(renamed)}?dataset=local`);
  await expect(page.getByTestId("local-source-kicker")).toContainText("in the dataset opened in this browser: renamed.xlsx");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A title only the opened dataset has");
  await expect(page.getByTestId("source-text").locator("mark").first()).toBeVisible();
  const toRelation = page.getByTestId("source-text").locator(`a[href*="relation=${relation.id}"]`).first();
  await expect(toRelation).toHaveAttribute("href", /dataset=local/);
  await page.getByRole("link", { name: "← Back to the map" }).click();
  await expect(page).toHaveURL(/dataset=local/);
  await expect(page.getByTestId("local-header")).toBeVisible();
});

test("a hostile workbook's markup is shown as text in the map, the panels and the table, and never runs", async ({ page }) => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  const sheets: Record<string, TestCell[][]> = templateSheets();
  setCell(sheets, "actors", 2, "name", `Hostile ${payload}`.slice(0, 120));
  setCell(sheets, "actors", 2, "description", payload);
  setCell(sheets, "claims", 2, "note", payload);
  const actorId = String(sheets.actors?.[1]?.[sheets.actors[0]!.indexOf("id")]);
  await openExplorer(page);
  await openFile(page, "hostile.xlsx", Buffer.from(await workbookOf(sheets)));
  await waitForActors(page, template);
  await page.goto(`/?dataset=local&actor=${encodeURIComponent(actorId)}`);
  await waitForActors(page, template);
  const panel = page.getByRole("complementary", { name: /^Hostile <img src=x/ });
  await expect(panel).toContainText(payload);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator("main img[src='x'], aside img[src='x']").count()).toBe(0);
  const label = await page.evaluate((id) => String(window.cy!.getElementById(`actor:${id}`).data("label") ?? "").replace(/[\u200b\u00ad]/g, ""), actorId);
  expect(label).toContain("Hostile <img");
});
