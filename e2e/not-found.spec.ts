import { expect, test } from "@playwright/test";

// A path with no page gets a 404 that names the path and leads back to the map.

test("the 404 page names the missing path and links back to the map", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByTestId("missing-path")).toHaveText("/no/such/page");
  await page.getByRole("link", { name: "← Back to the map" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("[data-testid=graph] canvas").first()).toBeAttached();
});

test("a path Next cannot decode is a 404 page too, not an error", async ({ page }) => {
  const response = await page.goto("/sources/%E0%A4%A");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("missing-path")).toHaveText("/sources/%E0%A4%A");
});
