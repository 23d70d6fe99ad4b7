import path from "node:path";
import { expect, test } from "@playwright/test";
import { currentModel } from "../lib/server";
import { presentAt } from "../lib/graph/time-index";
import { describeRelation } from "../lib/view";
import { collectDialogs, expectLayoutHolds, expectNothingRan } from "./hostile-checks";
import { openExplorer } from "./helpers";

// The explorer built over tests/fixtures/hostile-data (project "hostile" in playwright.config.ts):
// names of 120 characters carrying <script>, <img onerror> and Markdown links, bidi and
// zero-width characters in descriptions, notes and quotes. Every view must show them as text.

const model = currentModel(path.resolve("tests/fixtures/hostile-data"));
const actor = (id: string) => model.dataset.actors.find((a) => a.id === id)!;
const YEAR = 2001;

test.describe("a hostile dataset", () => {
  test("the map and the relation list show every name as text, wrapped", async ({ page }) => {
    const dialogs = collectDialogs(page);
    expect(await openExplorer(page, `?year=${YEAR}`)).toEqual([]);
    await expect(page.getByTestId("counts")).toContainText(`${model.dataset.actors.length} actors`);
    const list = page.getByRole("region", { name: "Relations shown" });
    await expect(list.getByRole("row")).toHaveCount(1 + presentAt(model.relationIndex, YEAR).length);
    await expect(list.getByText(actor("script-actor").name, { exact: true }).first()).toBeVisible();
    await expectNothingRan(page, dialogs);
    await expectLayoutHolds(page);
  });

  test("hovering an actor on the map shows its name as text", async ({ page }) => {
    const dialogs = collectDialogs(page);
    await openExplorer(page, `?year=${YEAR}`);
    const point = await page.evaluate(() => {
      const cy = window.cy!;
      const at = cy.getElementById("actor:script-actor").renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.x + at.x, y: box.y + at.y };
    });
    await page.mouse.move(point.x, point.y);
    await expect(page.getByRole("tooltip")).toContainText(actor("script-actor").name);
    await expectNothingRan(page, dialogs);
  });

  for (const id of ["script-actor", "long-word", "markdown-actor"]) {
    test(`the actor panel of ${id} holds its name and description as text`, async ({ page }) => {
      const dialogs = collectDialogs(page);
      await openExplorer(page, `?actor=${id}`);
      const panel = page.getByRole("complementary", { name: actor(id).name });
      await expect(panel.getByRole("heading", { level: 2 })).toHaveText(actor(id).name);
      await expect(panel).toContainText(actor(id).description.slice(0, 40));
      await expectNothingRan(page, dialogs);
      await expectLayoutHolds(page);
    });
  }

  for (const relation of model.dataset.relations) {
    test(`the citation panel of ${relation.id} quotes every claim as text`, async ({ page }) => {
      const dialogs = collectDialogs(page);
      await openExplorer(page, `?relation=${relation.id}`);
      const panel = page.getByRole("complementary", { name: describeRelation(model, relation.id) });
      // Every claim once (the folded ones too, in the DOM), each as text.
      await expect(panel.locator("blockquote")).toHaveCount(relation.claims.length);
      await expect(panel.locator("blockquote", { hasText: relation.claims[0]!.quote.trim().slice(0, 20) }).first()).toBeAttached();
      await expectNothingRan(page, dialogs);
      await expectLayoutHolds(page);
    });
  }

  test("the analyses list the actors as text, wrapped", async ({ page }) => {
    const dialogs = collectDialogs(page);
    for (const query of [`?year=${YEAR}&analysis=blocs`, `?year=${YEAR}&analysis=balance`, "?year=2002&compare=2000", "?dyad=script-actor,long-word"]) {
      await openExplorer(page, query);
      await expect(page.getByTestId("analysis")).toBeVisible();
      await expectNothingRan(page, dialogs);
      await expectLayoutHolds(page);
    }
  });

  test("/sources shows titles, outlets, notes and URLs as text, linking only http(s)", async ({ page }) => {
    const dialogs = collectDialogs(page);
    await page.goto("/sources");
    for (const source of model.dataset.sources) {
      await expect(page.locator(`section#source-${source.id}`).getByRole("heading", { level: 2 })).toHaveText(source.title);
    }
    const external = page.locator('a[target="_blank"]');
    await expect(external).toHaveCount(model.dataset.sources.filter((s) => s.url !== undefined).length);
    for (const link of await external.all()) expect(await link.getAttribute("href")).toMatch(/^https:\/\/example\.org\//);
    await expectNothingRan(page, dialogs);
    await expectLayoutHolds(page);
  });
});
