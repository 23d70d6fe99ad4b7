import { expect, type Page, type Route, test } from "@playwright/test";
import { defaultFilters } from "../lib/filters";
import { FIRST_VIEW_MIN_RELATIONS, firstViewOf, SERVED_DATASET_PATH, type ServedDataset } from "../lib/first-view";
import { presentAt } from "../lib/graph/time-index";
import { currentModel } from "../lib/server";
import { snapshotOf } from "../lib/snapshot";
import { EXPORT_FORMAT_INFO } from "../lib/export";
import { describeRelationParts } from "../lib/view";
import { parseViewState, viewContextOf } from "../lib/view-state";
import { downloadFromMenu } from "./helpers";

// This server (playwright.config.ts) serves the seed data with the first view on from 100
// relations: the page carries one year, the explorer fetches the rest once the year is drawn.
const model = currentModel();
const year = 2001;
const carried = new Set(firstViewOf(model, year).dataset.relations.map((relation) => relation.id));
// A relation the first view of 2001 does not carry (not present then, in no dispute with one that is).
const notCarried = model.dataset.relations.find((relation) => !carried.has(relation.id) && model.graph.getEdgeAttribute(relation.id, "years").to < year)!.id;
const mentions = (html: string, id: string) => new RegExp(`${id}(?![a-z0-9-])`).test(html);
const shownIn = (y: number) => snapshotOf(model, { year: y, month: null, filters: defaultFilters() }).relationIds;
const drawnActors = (page: Page) => page.evaluate(() => window.cy!.nodes().filter((node) => node.style("display") !== "none").map((node) => String(node.data("actorId"))).sort());

/** Holds the whole dataset's request until `release` is called. */
async function holdTheRest(page: Page) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**${SERVED_DATASET_PATH}`, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("the page carries the opening year only; the whole is fetched once it is drawn", async ({ request }) => {
  expect(model.dataset.relations.length).toBeLessThan(FIRST_VIEW_MIN_RELATIONS);
  const html = await (await request.get(`/?year=${year}`)).text();
  expect(mentions(html, shownIn(year)[0]!)).toBe(true);
  expect(mentions(html, notCarried)).toBe(false);
  // Quotes wait for the whole (a dispute's side may cite a quote's opening words: look further in).
  const quoted = model.dataset.relations.filter((relation) => carried.has(relation.id)).flatMap((relation) => relation.claims.map((claim) => claim.quote.slice(40, 80))).filter((part) => /^[A-Za-z ,]{40}$/.test(part));
  expect(quoted.length).toBeGreaterThan(0);
  for (const part of quoted) expect(html).not.toContain(part);
  const served = (await (await request.get(SERVED_DATASET_PATH)).json()) as ServedDataset;
  expect(served.dataset.relations).toHaveLength(model.dataset.relations.length);
  expect(Object.keys(served.places.years)).toContain(String(year));
});

test("the year is drawn before the rest arrives; the slider, search and panels wait, then all works", async ({ page }) => {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => void (message.type() === "error" || message.type() === "warning" ? problems.push(message.text()) : undefined));
  const release = await holdTheRest(page);
  await page.goto(`/?year=${year}`);
  await expect(page.getByTestId("first-view-status")).toContainText(`Showing ${year}; loading the other years of ${model.dataset.relations.length} relations`);
  await page.waitForFunction(() => window.__allegiancesPerf?.firstDrawnAt != null && window.cy !== undefined);
  expect(await drawnActors(page)).toEqual(snapshotOf(model, { year, month: null, filters: defaultFilters() }).actorIds.filter((id) => shownIn(year).some((r) => model.graph.extremities(r).includes(id))).sort());
  // The table lists the year; a relation opened now shows the panel's skeleton.
  await expect(page.locator("section[aria-label='Relations shown'] tbody tr")).toHaveCount(Math.min(shownIn(year).length, 200));
  await page.getByRole("button", { name: `Show ${describeRelationParts(model, shownIn(year)[0]!).text}` }).click();
  await expect(page.getByTestId("panel-skeleton")).toBeVisible();
  // Inert until the whole is here: the slider's buttons and the search field cannot be reached.
  await expect(page.locator("[inert] button[aria-label='Next year']")).toHaveCount(1);
  await expect(page.locator("[inert] input[type=search]")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Next year" }).click({ timeout: 1000 })).rejects.toThrow();
  await expect(page.locator("[data-ready=true]")).toHaveCount(0);
  // The map itself answers meanwhile, and what the reader does to it survives the whole's arrival.
  const zoom = () => page.evaluate(() => window.cy!.zoom());
  const before = await zoom();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(zoom).toBeGreaterThan(before * 1.1);
  // The zoom is animated: read it once it has come to rest.
  await expect.poll(() => page.evaluate(() => window.cy!.animated())).toBe(false);
  const zoomed = await zoom();

  release();
  await expect(page.getByTestId("first-view-status")).toHaveCount(0);
  await expect(page.locator("[data-ready=true]")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Close relation panel" })).toBeVisible();
  await expect(page.getByTestId("panel-skeleton")).toHaveCount(0);
  expect(await page.locator("[inert]").count()).toBe(0);
  expect(await zoom()).toBeCloseTo(zoomed, 3);
  expect(problems).toEqual([]);
  // The same canvas steps on through the whole: the next year is the whole's.
  await page.getByRole("button", { name: "Next year" }).click();
  await expect(page.getByTestId("current-year")).toHaveText(String(year + 1));
  await expect.poll(() => drawnActors(page)).toEqual([...new Set(shownIn(year + 1).flatMap((r) => model.graph.extremities(r)))].sort());
  // Exports are back, with their quotes: the CSV of the year shown quotes its relations' sources.
  const csv = await downloadFromMenu(page, EXPORT_FORMAT_INFO.csv.label);
  const quote = model.dataset.relations.find((relation) => relation.id === shownIn(year + 1)[0])!.claims[0]!.quote;
  expect(csv.text).toContain(quote.slice(0, 30));
});

test("a link to a relation of another year opens on that year, and its panel once the whole is here", async ({ page }) => {
  const release = await holdTheRest(page);
  const relationId = notCarried;
  const opensOn = parseViewState(`?relation=${relationId}`, viewContextOf(model)).state.year;
  expect(opensOn).toBeLessThan(year);
  await page.goto(`/?relation=${relationId}`);
  await expect(page.getByTestId("current-year")).toHaveText(String(opensOn));
  release();
  await expect(page.locator("[data-ready=true]")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Close relation panel" })).toBeVisible();
  expect(presentAt(model.relationIndex, opensOn)).toContain(relationId);
});

test("when the rest cannot be fetched the page says so, and the year stays drawn", async ({ page }) => {
  await page.route(`**${SERVED_DATASET_PATH}`, (route) => route.fulfill({ status: 503, body: "{}" }));
  await page.goto(`/?year=${year}`);
  await expect(page.getByText("The other years could not be loaded (/api/dataset answered 503). Reload the page to try again.")).toBeVisible();
  await page.waitForFunction(() => window.__allegiancesPerf?.firstDrawnAt != null && window.cy !== undefined);
  expect((await drawnActors(page)).length).toBeGreaterThan(0);
});

test("a dataset opened in this browser is shown without fetching the served whole, which follows when the served data is shown again", async ({ page, request }) => {
  await page.goto(`/?year=${year}`);
  await expect(page.locator("[data-ready=true]")).toHaveCount(1);
  const template = await (await request.get("/template/allegiances-template.xlsx")).body();
  await page.getByTestId("open-dataset").click();
  await page.getByTestId("open-dataset-files").setInputFiles({ name: "allegiances-template.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: template });
  await expect(page.getByTestId("local-header")).toBeVisible();

  let fetched = 0;
  page.on("request", (sent) => void (new URL(sent.url()).pathname === SERVED_DATASET_PATH ? (fetched += 1) : undefined));
  await page.reload();
  await expect(page.getByTestId("local-header")).toBeVisible();
  await expect(page.locator("[data-ready=true]")).toHaveCount(1);
  expect(fetched).toBe(0);

  await page.getByTestId("show-built-in").click();
  await expect(page.getByTestId("counts")).toContainText(`${model.dataset.relations.length} relations`);
  await expect(page.locator("[data-ready=true]")).toHaveCount(1);
  expect(fetched).toBe(1);
  await expect(page.getByTestId("first-view-status")).toHaveCount(0);
});

test("a link to a year with nothing to show opens on it, says so, and the whole follows", async ({ page }) => {
  const years = Array.from({ length: model.years.last - model.years.first + 1 }, (_, i) => model.years.first + i);
  const empty = years.find((y) => shownIn(y).length === 0) ?? null;
  // Filters that match nothing give an empty first view in any dataset.
  const query = empty === null ? `?year=${year}&types=` : `?year=${empty}`;
  await page.goto(`/${query}`);
  await expect(page.getByTestId("empty-year")).toBeVisible();
  await expect(page.locator("[data-ready=true]")).toHaveCount(1);
  await expect(page.getByTestId("first-view-status")).toHaveCount(0);
});
