import { expect, test } from "@playwright/test";
import { isolatedActors } from "../lib/canvas";
import { defaultFilters } from "../lib/filters";
import { presentAt } from "../lib/graph/time-index";
import { placesIn } from "../lib/layout";
import { currentModel, yearPlacesOf } from "../lib/server";
import { snapshotOf } from "../lib/snapshot";
import { describeRelation } from "../lib/view";
import { openExplorer } from "./helpers";

// The map's basic controls: a deep link drawn in its own year, the automation contract, Escape,
// zoom buttons, and actors with no relation hidden unless asked for.
const model = currentModel();
const busiest = 2001;
const hiddenIn = (year: number) => isolatedActors(model, year, defaultFilters(), null);
const yearWithHidden = [2001, 2014, 2018, 1995, 1980].find((year) => hiddenIn(year).length > 0) ?? busiest;

test("a deep link is drawn in its own year from the first frame: the server already renders it", async ({ request, page }) => {
  const html = await (await request.get("/?year=2018")).text();
  expect(html).toMatch(/data-testid="graph" data-year="2018"/);
  expect(html).toMatch(/data-testid="current-year"[^>]*>2018</);
  await openExplorer(page, "?year=2018");
  await expect(page.getByTestId("current-year")).toHaveText("2018");
});

test("window.cy is the live core; nodes carry their actor id", async ({ page }) => {
  await openExplorer(page, `?year=${busiest}`);
  const ids = await page.evaluate(() => window.cy!.nodes().map((node) => String(node.data("actorId"))));
  expect(ids).toContain("iran");
  // It holds the year's actors (an element enters when a year first needs it).
  expect(ids.sort()).toEqual([...presentAt(model.actorIndex, busiest)].sort());
});

test("Escape closes the open panel, and the URL forgets the selection", async ({ page }) => {
  await openExplorer(page, `?year=${busiest}&actor=iran`);
  await expect(page.getByRole("button", { name: "Close actor panel" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Close actor panel" })).toHaveCount(0);
  await expect(page).not.toHaveURL(/actor=iran/);
});

test("the zoom buttons zoom in and out about the centre", async ({ page }) => {
  await openExplorer(page, `?year=${busiest}`);
  const zoom = () => page.evaluate(() => window.cy!.zoom());
  const start = await zoom();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(zoom).toBeGreaterThan(start * 1.1);
  const zoomedIn = await zoom();
  await page.getByRole("button", { name: "Zoom out" }).click();
  await expect.poll(zoom).toBeLessThan(zoomedIn * 0.9);
});

test("actors with no relation in the year are hidden, counted, and shown on request", async ({ page }) => {
  const hidden = hiddenIn(yearWithHidden);
  expect(hidden.length).toBeGreaterThan(0);
  await openExplorer(page, `?year=${yearWithHidden}`);
  const drawn = (id: string) => page.evaluate((actor) => window.cy!.getElementById(`actor:${actor}`).style("display") !== "none", id);
  await expect(page.getByTestId("hidden-actors")).toHaveText(`${hidden.length} without a relation hidden`);
  expect(await drawn(hidden[0]!)).toBe(false);
  await page.getByRole("button", { name: "Show all" }).click();
  await expect(page).toHaveURL(/actors=all/);
  await expect.poll(() => drawn(hidden[0]!)).toBe(true);
  await page.getByRole("button", { name: "Hide actors without a relation" }).click();
  await expect(page).not.toHaveURL(/actors=all/);
  await expect.poll(() => drawn(hidden[0]!)).toBe(false);
});

test("a relation chosen from the table, outside the view, is panned into it", async ({ page }) => {
  await openExplorer(page, `?year=${busiest}`);
  const relationId = snapshotOf(model, { year: busiest, filters: defaultFilters() }).relationIds[0]!;
  // Zoom far in on a corner, so the relation is off screen.
  await page.evaluate(() => {
    const cy = window.cy!;
    cy.zoom(4);
    cy.pan({ x: -100000, y: -100000 });
  });
  const inView = () =>
    page.evaluate((id) => {
      const cy = window.cy!;
      // The relation is drawn on its own, or by its pair's one line.
      const edge = cy.getElementById(`relation:${id}`);
      const actors = [...(edge.data("actors") as string[])].sort();
      const drawn = edge.hasClass("in-pair-line") ? cy.getElementById(`pair:${actors.join("|")}`) : edge;
      const box = drawn.renderedBoundingBox();
      return box.x2 > 0 && box.y2 > 0 && box.x1 < cy.width() && box.y1 < cy.height();
    }, relationId);
  expect(await inView()).toBe(false);
  const text = describeRelation(model, relationId);
  await page.getByRole("button", { name: `Show ${text}` }).first().click();
  await expect(page.getByRole("complementary", { name: text })).toBeVisible();
  await expect.poll(inView).toBe(true);
});

test("the analyses are reachable from the first screen at 1280x720", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openExplorer(page, `?year=${busiest}`);
  const entry = page.getByRole("link", { name: "Analyses ↓" });
  await expect(entry).toBeInViewport();
  await entry.click();
  await expect(page.getByRole("tab", { name: "Compare years" })).toBeInViewport();
});

test("Re-arrange moves the actors; Reset layout puts them back at the year's own layout", async ({ page }) => {
  await openExplorer(page, `?year=${busiest}`);
  const expected = placesIn(yearPlacesOf(model)!, busiest);
  const offPlace = () =>
    page.evaluate(
      (want) =>
        Object.entries(want).filter(([id, [x, y]]) => {
          const p = window.cy!.getElementById(`actor:${id}`).position();
          return Math.abs(p.x - x) > 0.5 || Math.abs(p.y - y) > 0.5;
        }).length,
      expected,
    );
  await expect.poll(offPlace).toBe(0);
  await page.getByRole("button", { name: "Re-arrange" }).click();
  await expect.poll(offPlace).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Reset layout" }).click();
  await expect.poll(offPlace).toBe(0);
});

test("a year step on the built-in data is drawn inside the slider's input event, so it is painted in that frame", async ({ page }) => {
  await openExplorer(page, `?year=${busiest}`);
  // Let the first frames settle, so the renderer knows its redraws are short.
  await page.waitForTimeout(500);
  const drawn = await page.evaluate(async () => {
    const renderer = (window.cy as unknown as { renderer(): { redrawCount?: number } }).renderer();
    const slider = document.querySelector<HTMLInputElement>('input[type="range"][aria-label="Year"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    const counts: number[] = [];
    for (const year of [2002, 2003, 2002]) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const before = renderer.redrawCount ?? 0;
      setValue.call(slider, String(year));
      slider.dispatchEvent(new Event("input", { bubbles: true }));
      counts.push((renderer.redrawCount ?? 0) - before);
    }
    return { counts, year: document.querySelector("[data-testid=current-year]")?.textContent };
  });
  expect(drawn).toEqual({ counts: [1, 1, 1], year: "2002" });
});
