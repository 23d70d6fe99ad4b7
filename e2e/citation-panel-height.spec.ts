import { expect, test } from "@playwright/test";
import { currentModel } from "../lib/server";
import { describeRelation } from "../lib/view";
import { openExplorer } from "./helpers";

// The same data the built app serves: every relation in it, not a sample.
const model = currentModel();
/** A citation panel, before anything is unfolded, fits a couple of screens at 1280x720. */
const MAX_PANEL_PX = 2000;

test.describe("citation panel height", () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test("every relation's panel is at most 2,000 px tall before unfolding", async ({ page }) => {
    test.setTimeout(180_000);
    await openExplorer(page);
    const heights: { id: string; px: number }[] = [];
    for (const relation of model.dataset.relations) {
      // Selected through the URL state as back/forward would, so no page load per relation.
      await page.evaluate((id) => {
        window.history.pushState(null, "", `/?relation=${encodeURIComponent(id)}`);
        window.dispatchEvent(new PopStateEvent("popstate"));
      }, relation.id);
      const panel = page.getByRole("complementary", { name: describeRelation(model, relation.id), exact: true });
      await expect(panel).toBeVisible();
      const px = await panel.evaluate((element) => element.getBoundingClientRect().height);
      heights.push({ id: relation.id, px: Math.round(px) });
    }
    const tallest = [...heights].sort((a, b) => b.px - a.px).slice(0, 5);
    test.info().annotations.push({ type: "tallest panels", description: tallest.map((h) => `${h.id}: ${h.px}px`).join(", ") });
    console.log(`tallest citation panels at 1280x720: ${tallest.map((h) => `${h.id} ${h.px}px`).join(", ")}`);
    expect(heights).toHaveLength(model.dataset.relations.length);
    expect(heights.filter((h) => h.px > MAX_PANEL_PX)).toEqual([]);
  });
});
