import { expect, test, type Page } from "@playwright/test";
import type { NodeSingular } from "cytoscape";
import { openExplorer } from "./helpers";

// A reader's arrangement of a year (a dragged actor, or Re-arrange) survives a reload, stays in its
// year, and "Reset layout" gives the year's own layout back.

const position = (page: Page, actor: string) => page.evaluate((id) => window.cy!.getElementById(`actor:${id}`).position(), actor);

async function settle(page: Page) {
  await page.waitForFunction(() => !window.cy!.nodes().some((node) => (node as NodeSingular).animated()));
}

async function dragActor(page: Page, actor: string, by: { x: number; y: number }) {
  const from = await page.evaluate((id) => {
    const cy = window.cy!;
    const box = cy.container()!.getBoundingClientRect();
    const p = cy.getElementById(`actor:${id}`).renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, actor);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + by.x / 2, from.y + by.y / 2, { steps: 4 });
  await page.mouse.move(from.x + by.x, from.y + by.y, { steps: 4 });
  await page.mouse.up();
}

test("a dragged actor keeps its place after a reload, in that year only, until Reset layout", async ({ page }) => {
  await openExplorer(page, "?year=2018");
  await settle(page);
  const reset = page.getByRole("button", { name: "Reset layout" });
  await expect(reset).toBeDisabled();
  const layoutPlace = await position(page, "hazaras");
  await dragActor(page, "hazaras", { x: 60, y: -40 });
  const dropped = await position(page, "hazaras");
  expect(Math.hypot(dropped.x - layoutPlace.x, dropped.y - layoutPlace.y)).toBeGreaterThan(20);
  await expect(reset).toBeEnabled();

  await page.reload();
  await page.waitForFunction(() => window.cy !== undefined && document.querySelector("[data-ready=true]") !== null);
  await settle(page);
  const reloaded = await position(page, "hazaras");
  expect(Math.abs(reloaded.x - dropped.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(reloaded.y - dropped.y)).toBeLessThanOrEqual(1);

  // Another year shows its own layout; coming back shows the arrangement again.
  await page.keyboard.press("Escape");
  await page.getByRole("slider", { name: "Year" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(reset).toBeDisabled();
  await page.keyboard.press("ArrowLeft");
  await settle(page);
  expect(Math.abs((await position(page, "hazaras")).x - dropped.x)).toBeLessThanOrEqual(1);

  await reset.click();
  await settle(page);
  const back = await position(page, "hazaras");
  expect(Math.abs(back.x - layoutPlace.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(back.y - layoutPlace.y)).toBeLessThanOrEqual(1);
  await expect(reset).toBeDisabled();
  await page.reload();
  await page.waitForFunction(() => window.cy !== undefined && document.querySelector("[data-ready=true]") !== null);
  await settle(page);
  expect(Math.abs((await position(page, "hazaras")).x - layoutPlace.x)).toBeLessThanOrEqual(1);
});

test("Re-arrange is kept as the reader's arrangement of the year", async ({ page }) => {
  await openExplorer(page, "?year=2001");
  await settle(page);
  await page.getByRole("button", { name: "Re-arrange" }).click();
  await expect(page.getByRole("button", { name: "Reset layout" })).toBeEnabled({ timeout: 15_000 });
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("allegiances:arrangement:")).length);
  expect(stored).toBe(1);
});
