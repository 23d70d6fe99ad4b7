import { expect, type Page, test } from "@playwright/test";
import { presentAt } from "../lib/graph/time-index";
import { currentModel } from "../lib/server";
import { describeRelation } from "../lib/view";
import { openExplorer } from "./helpers";

const model = currentModel();

// A big canvas (past 5,000 elements) holds only the shown year and its neighbours once the page is
// idle. `render=tidy` turns that on for the built-in data; it must draw exactly what a page that
// keeps every year it met draws, actors at the same places, and select what it evicted before.

const years = [2001, 2002, 2003, 2004, 2005, 2006, 2010, 2011, 1998, 1997, 2001, 2002];

/** Moves the slider to `year` and waits for the step's deferred work: the tidy, and the actors' move. */
async function stepTo(page: Page, year: number) {
  await page.evaluate((to) => {
    const slider = document.querySelector<HTMLInputElement>('input[type="range"][aria-label="Year"]')!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(slider, String(to));
    slider.dispatchEvent(new Event("input", { bubbles: true }));
  }, year);
  await expect(page.getByTestId("current-year")).toHaveText(String(year));
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
  await page.waitForFunction(() => window.cy!.nodes(":animated").length === 0);
}

/** Every drawn element: its classes, and an actor's place. */
const drawing = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      window
        .cy!.elements()
        .filter((element) => element.style("display") !== "none")
        .map((element) => {
          const at = element.isNode() ? ` @${Math.round(element.position().x)},${Math.round(element.position().y)}` : "";
          return [element.id(), `${element.classes().sort().join(" ")}${at}`];
        }),
    ),
  );
const held = (page: Page) => page.evaluate(() => window.cy!.elements().length);

test("a tidied canvas draws what a canvas holding every year draws, and holds fewer elements", async ({ browser }) => {
  const [tidy, keeping] = [await browser.newPage(), await browser.newPage()];
  const errors = [...(await openExplorer(tidy, `?year=${years[0]}&bench=on&render=tidy`)), ...(await openExplorer(keeping, `?year=${years[0]}`))];
  let mostRemoved = 0;
  for (const year of years.slice(1)) {
    await Promise.all([stepTo(tidy, year), stepTo(keeping, year)]);
    expect(await drawing(tidy), `drawn in ${year}`).toEqual(await drawing(keeping));
    mostRemoved = Math.max(mostRemoved, (await tidy.evaluate(() => window.__allegiancesPerf?.lastTidy?.removed)) ?? 0);
  }
  expect(await held(tidy)).toBeLessThan(await held(keeping));
  expect(mostRemoved).toBeGreaterThan(0);
  const lastTidy = await tidy.evaluate(() => window.__allegiancesPerf?.lastTidy);
  expect(lastTidy?.held).toBe(await held(tidy));
  expect(errors).toEqual([]);
});

test("a relation whose year was tidied away is drawn and selected again from the table", async ({ page }) => {
  const errors = await openExplorer(page, "?year=2001&bench=on&render=tidy");
  const relation = relationOnlyAround(2001);
  for (const year of [2005, 2010]) await stepTo(page, year);
  expect(await page.evaluate((id) => window.cy!.getElementById(`relation:${id}`).empty(), relation.id)).toBe(true);
  await stepTo(page, 2001);
  await page.getByRole("button", { name: `Show ${describeRelation(model, relation.id)}` }).click();
  await expect.poll(() => page.evaluate((id) => window.cy!.getElementById(`relation:${id}`).hasClass("is-selected"), relation.id)).toBe(true);
  await expect(page.getByRole("complementary", { name: describeRelation(model, relation.id) })).toBeVisible();
  expect(errors).toEqual([]);
});

/** A relation on the map in `year` and in none of 2009–2011. */
function relationOnlyAround(year: number) {
  const found = model.dataset.relations.find((relation) => {
    const span = model.graph.getEdgeAttribute(relation.id, "years");
    return span.from <= year && span.to >= year && span.to < 2009;
  });
  if (found === undefined) throw new Error(`canvas-tidy.spec: no relation of ${year} ends before 2009`);
  return found;
}

test("a neighbouring year readied while idle shows its newcomers at their places, not flying in", async ({ page }) => {
  const errors = await openExplorer(page, "?year=1995&bench=on&render=tidy");
  let newcomers = 0;
  for (let year = 1996; year <= 2006; year += 1) {
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
    // Actors of neither year before: an actor held from two years back moves from its place then, as it should.
    const unheld = new Set([...presentAt(model.actorIndex, year - 1), ...presentAt(model.actorIndex, year - 2)].map((id) => `actor:${id}`));
    const step = await page.evaluate(([to, held]) => {
      const shown = () => new Set(window.cy!.nodes().filter((node) => node.style("display") !== "none").map((node) => node.id()));
      const before = shown();
      const slider = document.querySelector<HTMLInputElement>('input[type="range"][aria-label="Year"]')!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(slider, String(to));
      slider.dispatchEvent(new Event("input", { bubbles: true }));
      const arrived = [...shown()].filter((id) => !before.has(id) && !held.includes(id));
      return { arrived: arrived.length, flying: arrived.filter((id) => window.cy!.getElementById(id).animated()) };
    }, [year, [...unheld]] as const);
    await expect(page.getByTestId("current-year")).toHaveText(String(year));
    expect(step.flying, `${year}`).toEqual([]);
    newcomers += step.arrived;
  }
  expect(newcomers).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test("after a scrub through every year and a tidy, no element the canvas let go stays alive in the page", async ({ page }) => {
  const errors = await openExplorer(page, `?year=${model.years.first}&bench=on&render=tidy`);
  // One year a frame, as a drag of the slider goes: the tidy waits for the drag to stop.
  await page.evaluate(async ({ first, last }) => {
    const slider = document.querySelector<HTMLInputElement>('input[type="range"][aria-label="Year"]')!;
    for (let year = first + 1; year <= last; year += 1) {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(slider, String(year));
      slider.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }, model.years);
  await expect(page.getByTestId("current-year")).toHaveText(String(model.years.last));
  await expect.poll(() => page.evaluate(() => window.__allegiancesPerf?.lastTidy?.removed ?? 0)).toBeGreaterThan(20);
  const session = await page.context().newCDPSession(page);
  await session.send("HeapProfiler.collectGarbage");
  // Every Cytoscape element object still reachable; the removed ones among them are what leaked.
  const prototype = await session.send("Runtime.evaluate", { expression: "Object.getPrototypeOf(window.cy.elements()[0])" });
  const objects = await session.send("Runtime.queryObjects", { prototypeObjectId: prototype.result.objectId! });
  const leaked = await session.send("Runtime.callFunctionOn", { objectId: objects.objects.objectId!, functionDeclaration: "function () { return this.filter((element) => element.removed()).map((element) => element.id()); }", returnByValue: true });
  expect(leaked.result.value).toEqual([]);
  expect(errors).toEqual([]);
});
