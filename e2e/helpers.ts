import { readFile } from "node:fs/promises";
import { expect, type Download, type Page } from "@playwright/test";

// window.cy is declared where the app sets it (app/_components/graph/CytoscapeView.tsx).

/** Loads the explorer at `/${query}` and waits for the graph to be ready; returns the page errors collected from then on. */
export async function openExplorer(page: Page, query = "") {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`/${query}`);
  await expect(page.locator("[data-testid=graph] canvas").first()).toBeAttached();
  await page.waitForFunction(() => window.cy !== undefined && document.querySelector("[data-ready=true]") !== null);
  return errors;
}

export const exportButton = (page: Page) => page.getByRole("button", { name: "Export", exact: true });

/** Opens the Export menu, chooses `label`, and returns the download with its bytes. */
export async function downloadFromMenu(page: Page, label: string): Promise<{ download: Download; bytes: Buffer; text: string }> {
  await exportButton(page).click();
  const [caught] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label, exact: true }).click()]);
  const bytes = await readFile(await caught.path());
  return { download: caught, bytes, text: bytes.toString("utf8") };
}
