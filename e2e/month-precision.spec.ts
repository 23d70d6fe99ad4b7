import { expect, test, type Page } from "@playwright/test";
import { currentModel } from "../lib/server";
import { describeRelation } from "../lib/view";
import { openExplorer } from "./helpers";
import { rawRequest, textOf } from "./http-client";

// Issue 12, time finer than a year: September and October 2001 told apart, in the map, the
// panels, the balance view, the URL and the API.
const model = currentModel();
const REFUSAL = "iran-opposes-united-states-2001";
const SILENT_ALLY = "iran-cooperates-united-states-2001";
const YEAR_PRECISE = "iran-negotiates-united-states-2001";

const drawn = (page: Page, id: string) => page.evaluate((edgeId) => window.cy!.getElementById(edgeId).style("display") as string, `relation:${id}`);

test("September 2001 shows the Supreme Leader's refusal; October 2001 the silent alliance instead", async ({ page }) => {
  const errors = await openExplorer(page, "?date=2001-09&lines=each");
  await expect(page.getByTestId("current-year")).toHaveText("September 2001");
  expect(await drawn(page, REFUSAL)).toBe("element");
  expect(await drawn(page, SILENT_ALLY)).toBe("none");
  await page.getByRole("button", { name: "Next month" }).click();
  await expect(page.getByTestId("current-year")).toHaveText("October 2001");
  await expect(page).toHaveURL(/date=2001-10/);
  await expect.poll(() => drawn(page, REFUSAL)).toBe("none");
  expect(await drawn(page, SILENT_ALLY)).toBe("element");
  await expect(page.getByRole("table").locator("caption")).toContainText("in October 2001");
  expect(errors).toEqual([]);
});

test("a year-precise relation counts in every month of its year, and its panel says so", async ({ page }) => {
  await openExplorer(page, `?date=2001-10&relation=${YEAR_PRECISE}`);
  const panel = page.getByRole("complementary", { name: describeRelation(model, YEAR_PRECISE) });
  await expect(panel.getByTestId("year-precise")).toContainText("Year-precise: Its start is dated to 2001 only, so it counts in every month of 2001, October 2001 included.");
  await openExplorer(page, `?date=2001-10&relation=${SILENT_ALLY}`);
  await expect(page.getByRole("complementary", { name: describeRelation(model, SILENT_ALLY) }).getByTestId("year-precise")).toHaveCount(0);
});

test("By month switches the slider to months and back; the arrow keys step a month", async ({ page }) => {
  await openExplorer(page, "?year=2001");
  await page.getByRole("button", { name: "By month" }).click();
  await expect(page).toHaveURL(/date=2001-01/);
  await expect(page.getByRole("slider", { name: "Month" })).toHaveAttribute("aria-valuetext", "January 2001");
  await page.locator("body").press("ArrowLeft");
  await expect(page.getByTestId("current-year")).toHaveText("December 2000");
  await page.getByRole("button", { name: "By month" }).click();
  await expect(page).toHaveURL(/year=2000/);
  await expect(page.getByTestId("current-year")).toHaveText("2000");
});

test("Play runs month by month through the chosen range, and stops at its end", async ({ page }) => {
  await openExplorer(page, "?date=2001-01");
  await page.getByLabel("Play from").fill("2001-08");
  await page.getByLabel("Play to").fill("2001-10");
  await page.getByRole("button", { name: "Play through the months" }).click();
  await expect(page.getByTestId("current-year")).toHaveText("August 2001");
  await expect(page.getByTestId("current-year")).toHaveText("September 2001", { timeout: 5_000 });
  await expect(page.getByTestId("current-year")).toHaveText("October 2001", { timeout: 5_000 });
  await expect(page.getByRole("button", { name: "Play through the months" })).toBeVisible({ timeout: 5_000 });
  await page.waitForTimeout(1_500);
  await expect(page.getByTestId("current-year")).toHaveText("October 2001");
});

test("the October 2001 Iran–Taliban–US triad is balanced by the default rule, with the month's reason", async ({ page }) => {
  await openExplorer(page, "?date=2001-10&analysis=balance");
  await page.getByTestId("triads-balanced").locator("summary").click();
  const triad = page.locator('li[data-triad="iran|taliban|united-states"]');
  await expect(triad).toHaveAttribute("data-status", "balanced");
  await expect(triad.getByTestId("contest-reason")).toContainText("specific to October 2001");
  await expect(page.getByTestId("balance-summary")).toContainText("October 2001:");
});

test("the API cuts a month: /api/snapshot?date=2001-10 holds the cooperation, not the refusal", async () => {
  const october = JSON.parse(textOf(await rawRequest("GET", "/api/snapshot?date=2001-10")));
  const september = JSON.parse(textOf(await rawRequest("GET", "/api/snapshot?date=2001-09")));
  const ids = (snapshot: { relations: { id: string }[] }) => snapshot.relations.map((relation) => relation.id);
  expect(october.snapshot).toMatchObject({ year: 2001, month: 10 });
  expect(ids(october)).toContain(SILENT_ALLY);
  expect(ids(october)).not.toContain(REFUSAL);
  expect(ids(september)).toContain(REFUSAL);
  const refused = await rawRequest("GET", "/api/snapshot?date=2001-13");
  expect(refused.status).toBe(400);
  expect(JSON.parse(textOf(refused)).error).toContain("date:");
});

test("a link to a relation in a month it is not drawn opens the nearest month that draws it", async ({ page }) => {
  await openExplorer(page, `?date=2001-11&relation=${REFUSAL}`);
  await expect(page.getByTestId("current-year")).toHaveText("September 2001");
  await expect(page.getByRole("complementary", { name: describeRelation(model, REFUSAL) })).toBeVisible();
});
