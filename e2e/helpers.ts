import { expect, type Page } from "@playwright/test";

// window.__allegiancesCy is declared where the app sets it (app/_components/graph/CytoscapeView.tsx).

/** Loads the explorer at `/${query}` and waits for the graph to be ready; returns the page errors collected from then on. */
export async function openExplorer(page: Page, query = "") {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`/${query}`);
  await expect(page.locator("[data-testid=graph] canvas").first()).toBeAttached();
  await page.waitForFunction(() => window.__allegiancesCy !== undefined && document.querySelector("[data-ready=true]") !== null);
  return errors;
}
