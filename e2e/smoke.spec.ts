import { expect, test } from "@playwright/test";

const NAMED_ACTORS = ["Iran", "Taliban", "United States", "Northern Alliance", "Hazaras", "al-Qaeda", "Islamic State", "Karzai government"];

test("the explorer opens and shows the eight named actors", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Allegiances" })).toBeVisible();
  for (const name of NAMED_ACTORS) {
    await expect(page.getByText(name, { exact: false }).first()).toBeVisible();
  }
});
