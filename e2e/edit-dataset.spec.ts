import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { formatProblem, validateDataDir } from "../lib/dataset";
import { shipped } from "../tests/fixtures/workbooks";
import { openExplorer } from "./helpers";

// Building a dataset in the browser: start from the built-in data, add a relation whose pasted
// quote is checked live, see it on the map and in the table, undo and redo it, download the data
// files and check that the validator accepts them.
const RELATION = "karzai-government-cooperates-iran-2010";
const QUOTE = "This is nothing hidden. We are grateful for Iranian help in this regard.";
const hasEdge = (page: Page, id: string) => page.evaluate((edge) => window.cy !== undefined && window.cy.getElementById(edge).length === 1, `relation:${id}`);

async function pickActor(page: Page, picker: string, query: string, name: string) {
  await page.getByTestId(`${picker}-search`).fill(query);
  await page.getByTestId(picker).getByRole("button", { name, exact: true }).click();
  await expect(page.getByTestId(`${picker}-chosen`)).toHaveText(name);
}

test("add a relation with a quote checked live, see it on the map, undo and redo it, and download files the validator accepts", async ({ page }) => {
  const errors = await openExplorer(page);
  await page.getByTestId("open-dataset").click();
  await page.getByTestId("start-built-in").click();
  const editor = page.getByTestId("edit-dataset-panel");
  // The editor (with the validator) is loaded only now, on first use.
  await expect(editor).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("local-header")).toContainText(`${shipped.actors.length} actors, ${shipped.relations.length} relations`);

  const form = page.getByTestId("relation-form");
  await pickActor(page, "relation-source", "karzai", "Karzai government");
  await pickActor(page, "relation-target", "iran", "Iran");
  await page.getByTestId("relation-type").selectOption("cooperates");
  await expect(page.getByTestId("relation-type-direction")).toContainText("Mutual: “Karzai government cooperates with Iran”");
  const start = page.getByTestId("relation-start");
  await start.getByLabel("Start: precision").selectOption("month");
  await start.getByLabel("Start: year").fill("2010");
  await start.getByLabel("Start: month").fill("10");
  await form.getByTestId("claim-source").selectOption("mepa-iran-us-cooperation");

  // The live check: a drifting quote says where it stops matching, in the validator's words; the exact one is found.
  const status = form.getByTestId("quote-status");
  await form.getByTestId("claim-quote").fill("This is nothing hidden. We are grateful for Iranian aid in this regard.");
  await expect(status).toHaveAttribute("data-status", "not-found");
  await expect(status).toContainText('quote not found verbatim in mepa-iran-us-cooperation.txt (source "mepa-iran-us-cooperation"); it matches up to "This is nothing hidden. We are grateful for Iranian " and then differs');
  await expect(status.getByTestId("quote-differs")).toHaveText("aid in this regard.");
  await form.getByTestId("claim-quote").fill(QUOTE);
  await expect(status).toHaveAttribute("data-status", "found");
  await form.getByTestId("claim-evidence").selectOption("participant");
  await page.getByTestId("save-relation").click();

  await expect(page.getByTestId("edit-status")).toHaveText(`Done: add relation ${RELATION}.`);
  await expect(page.getByTestId("local-header")).toContainText(`${shipped.relations.length + 1} relations`);
  await expect.poll(() => hasEdge(page, RELATION)).toBe(true);

  await page.getByTestId("edit-undo").click();
  await expect(page.getByTestId("local-header")).toContainText(`${shipped.relations.length} relations`);
  await expect.poll(() => hasEdge(page, RELATION)).toBe(false);
  await page.getByTestId("edit-redo").click();
  await expect(page.getByTestId("local-header")).toContainText(`${shipped.relations.length + 1} relations`);
  await expect.poll(() => hasEdge(page, RELATION)).toBe(true);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-data-files").click()]);
  const dir = mkdtempSync(path.join(tmpdir(), "allegiances-downloaded-"));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(await download.path())))) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), bytes);
  }
  const report = validateDataDir(dir, path.join(dir, "corpus"));
  expect(report.problems.map(formatProblem)).toEqual([]);
  expect(report.dataset?.relations.find((relation) => relation.id === RELATION)).toMatchObject({ source: "karzai-government", target: "iran", type: "cooperates", start: "2010-10", end: "unknown", claims: [{ quote: QUOTE, evidence: "participant" }] });

  // Kept in the browser: a reload in 2010 draws it and lists it in the table.
  await page.goto("/?year=2010&dataset=local");
  await expect(page.getByRole("button", { name: /^Show Karzai government .*Iran/ })).toBeVisible();
  // Karzai and Iran have other ties in 2010, so it is drawn within their pair's one line.
  await expect.poll(() => page.evaluate(() => window.cy?.getElementById("pair:iran|karzai-government").data("relationIds") as string[] | undefined)).toContain(RELATION);
  expect(errors).toEqual([]);
});
