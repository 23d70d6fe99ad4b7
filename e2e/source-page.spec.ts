import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { currentModel } from "../lib/server";
import { claimAnchor, describeRelation } from "../lib/view";
import { openExplorer } from "./helpers";

// The same data and corpus the built app serves.
const model = currentModel();
const corpusText = (file: string) => readFileSync(path.join("data", "corpus", file), "utf8");

test.describe("a source's page", () => {
  for (const source of model.dataset.sources) {
    test(`/sources/${source.id} shows its full text with every quote from it marked and anchored`, async ({ page }) => {
      await page.goto(`/sources/${source.id}`);
      await expect(page.getByRole("heading", { level: 1, name: source.title })).toBeVisible();
      const text = page.getByTestId("source-text");
      // The whole text is there as written, line breaks and all, once the links after each passage are set aside.
      const shown = await text.evaluate((element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        for (const links of copy.querySelectorAll("[data-supports]")) links.remove();
        return copy.textContent;
      });
      expect(shown).toBe(corpusText(source.corpusFile));
      for (const relation of model.dataset.relations) {
        for (const [index, claim] of relation.claims.entries()) {
          if (claim.source !== source.id) continue;
          const mark = text.locator(`mark:has([id="${claimAnchor(relation.id, index)}"])`);
          await expect(mark, `${relation.id} claim ${index}`).toHaveCount(1);
          await expect(mark).toHaveAttribute("id", /^passage-\d+$/);
        }
      }
      await expect(text.locator("mark script, mark img")).toHaveCount(0);
    });
  }

  test("a quote's “Read in context” opens its passage, scrolled into view, and “Back to the map” returns to the view", async ({ page }) => {
    const relation = [...model.dataset.relations].sort((a, b) => b.claims.length - a.claims.length)[0];
    test.skip(relation === undefined, "no relations in the data");
    if (relation === undefined) return;
    const year = model.graph.getEdgeAttribute(relation.id, "years").to;
    const query = `?year=${year}&relation=${relation.id}&types=${relation.type}`;
    await openExplorer(page, query);
    const panel = page.getByRole("complementary", { name: describeRelation(model, relation.id) });
    await panel.getByRole("link", { name: /^Read in context/ }).first().click();
    await expect(page).toHaveURL(/\/sources\/[^?#]+\?[^#]*#claim-/);
    const anchorId = new URL(page.url()).hash.slice(1);
    const mark = page.locator("mark", { has: page.locator(`[id="${anchorId}"]`) });
    await expect(mark).toBeInViewport();

    await page.getByRole("link", { name: "← Back to the map" }).click();
    await expect(page).toHaveURL(new RegExp(`/\\?year=${year}&relation=${relation.id}&types=${relation.type}$`));
    await expect(page.getByRole("complementary", { name: describeRelation(model, relation.id) })).toBeVisible();
  });

  test("“About this source” leads to its page; the original opens in a new tab without opener or referrer", async ({ page }) => {
    const relation = model.dataset.relations[0];
    test.skip(relation === undefined, "no relations in the data");
    if (relation === undefined) return;
    await openExplorer(page, `?relation=${relation.id}`);
    const panel = page.getByRole("complementary", { name: describeRelation(model, relation.id) });
    for (const link of await panel.getByRole("link", { name: /Read the original/ }).all()) {
      await expect(link).toHaveAttribute("target", "_blank");
      await expect(link).toHaveAttribute("rel", "noopener noreferrer");
      await expect(link).toHaveAttribute("href", /^https?:\/\//);
    }
    const source = relation.claims[0]?.source ?? "";
    await panel.getByRole("link", { name: "About this source" }).first().click();
    await expect(page).toHaveURL(new RegExp(`/sources/${source}\\?`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("an unknown source id is a page not found", async ({ page }) => {
    const response = await page.goto("/sources/no-such-source");
    expect(response?.status()).toBe(404);
  });
});
