import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// Serious and critical WCAG A/AA violations fail; the canvas itself is out of scope (the relation table is its accessible twin).
async function seriousViolations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).exclude("canvas").analyze();
  expect(results.passes.length, "axe ran its rules").toBeGreaterThan(10);
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")})`);
}

test.describe("accessibility", () => {
  test("the map with a relation selected has no serious WCAG A/AA violations", async ({ page }) => {
    await page.goto("/?year=1998&relation=taliban-attacks-iran-1998");
    await expect(page.getByRole("heading", { name: /Taliban attacks Iran/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("the actor panel has no serious WCAG A/AA violations", async ({ page }) => {
    await page.goto("/?year=2001&actor=iran");
    await expect(page.getByRole("heading", { name: "Iran", exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("the sources page has no serious WCAG A/AA violations", async ({ page }) => {
    await page.goto("/sources");
    await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
