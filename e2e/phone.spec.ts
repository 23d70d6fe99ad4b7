import { expect, test } from "@playwright/test";
import { openExplorer } from "./helpers";

// A phone (390x844): the map first and full width with legible labels, search and filters before
// the table, the table's rows stacked rather than clipped, and the panel as a bottom sheet.
test.use({ viewport: { width: 390, height: 844 } });

test("the map comes first, full width, with labels at least 10 px high", async ({ page }) => {
  await openExplorer(page, "?year=2001");
  const map = await page.getByTestId("graph").boundingBox();
  expect(map).not.toBeNull();
  expect(map!.y).toBeLessThan(250);
  expect(map!.width).toBeGreaterThan(360);
  await expect.poll(() => page.evaluate(() => window.cy!.zoom() * 16)).toBeGreaterThanOrEqual(10);
});

test("search and filters come before the table, and no table row is clipped", async ({ page }) => {
  await openExplorer(page, "?year=2001");
  const search = await page.getByRole("combobox", { name: "Find an actor" }).boundingBox();
  const table = await page.getByRole("region", { name: "Relations shown" }).boundingBox();
  expect(search!.y).toBeLessThan(table!.y);
  const overflow = await page.evaluate(() => {
    const rows = [...document.querySelectorAll("section[aria-label='Relations shown'] tbody tr")];
    return rows.filter((row) => row.getBoundingClientRect().right > window.innerWidth + 1).length;
  });
  expect(overflow).toBe(0);
});

test("a selection opens as a bottom sheet over the map, and closes", async ({ page }) => {
  await openExplorer(page, "?year=2001&actor=iran");
  const close = page.getByRole("button", { name: "Close actor panel" });
  await expect(close).toBeVisible();
  const sheet = await close.evaluate((button) => button.closest("div[class*='right']")!.getBoundingClientRect().toJSON() as DOMRect);
  expect(sheet.bottom).toBeGreaterThanOrEqual(843);
  expect(sheet.top).toBeGreaterThan(844 * 0.4);
  await close.click();
  await expect(close).toHaveCount(0);
});
