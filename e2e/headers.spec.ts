import { stat } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { openExplorer } from "./helpers";
import { watchPolicy } from "./policy-watch";

// The security headers on a page, an API route and the 404 page, and the explorer with every
// export and analysis view working under that policy without one violation.

const FIXED_HEADERS = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

async function expectSecurityHeaders(page: Page, path: string, status: number) {
  const response = await page.request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(status);
  const headers = response.headers();
  expect(headers, path).toMatchObject(FIXED_HEADERS);
  expect(headers["permissions-policy"], path).toContain("camera=()");
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, path).toMatch(/^default-src 'self'; script-src 'self' 'nonce-[A-Za-z0-9+/=]+';/);
  expect(policy, path).toContain("connect-src 'self'");
  expect(policy, path).toContain("frame-ancestors 'none'");
  expect(policy, path).not.toContain("unsafe-eval");
  return { policy, body: await response.text() };
}

test("a page, the API, an API error and the 404 page carry the security headers", async ({ page }) => {
  const home = await expectSecurityHeaders(page, "/", 200);
  // Every script of the page carries this response's nonce, and a second response gets another.
  const nonce = /'nonce-([^']+)'/.exec(home.policy)?.[1] ?? "";
  const scripts = home.body.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  expect((await expectSecurityHeaders(page, "/", 200)).policy).not.toContain(nonce);

  await expectSecurityHeaders(page, "/sources", 200);
  await expectSecurityHeaders(page, "/api/actors", 200);
  await expectSecurityHeaders(page, "/api/snapshot?year=2001&format=csv", 200);
  await expectSecurityHeaders(page, "/api/nowhere", 404);
  await expectSecurityHeaders(page, "/no-such-page", 404);
});

test("the policy is enforced: an injected inline script does not run, and is reported", async ({ page }) => {
  const problems = await watchPolicy(page);
  await openExplorer(page);
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => problems.some((p) => p.startsWith("violation: script-src"))).toBe(true);
});

test("the explorer, its panels and the 404 page work with no violation", async ({ page }) => {
  const problems = await watchPolicy(page);
  await openExplorer(page, "?year=2001&actor=iran");
  await expect(page.getByRole("complementary", { name: "Iran" })).toBeVisible();
  await page.getByRole("button", { name: "Next year" }).click();
  await expect(page.getByTestId("current-year")).toHaveText("2002");
  const row = page.getByRole("table").getByRole("button", { name: /^Show / }).first();
  const shown = ((await row.getAttribute("aria-label")) ?? (await row.innerText())).replace(/^Show /, "");
  await row.click();
  await expect(page.getByRole("complementary", { name: shown })).toBeVisible();
  await page.goto("/sources");
  await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect(problems).toEqual([]);
});

const EXPORT_ITEMS = ["PNG image (2×)", "SVG image", "JSON snapshot", "GEXF (dynamic, for Gephi)", "GraphML", "CSV (one row per claim)", "Sources (Markdown)", "GEXF (dynamic, for Gephi), all years"];

test("every export in the Export menu works with no violation", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const problems = await watchPolicy(page);
  await openExplorer(page, "?year=2001");
  const exportButton = page.getByRole("button", { name: "Export", exact: true });
  for (const label of EXPORT_ITEMS) {
    await exportButton.click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label, exact: true }).click()]);
    expect((await stat(await download.path())).size, label).toBeGreaterThan(0);
    await expect(page.getByTestId("export-status")).toHaveText(`Saved ${download.suggestedFilename()}`);
  }
  await exportButton.click();
  await page.getByRole("button", { name: "Copy link to this view" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(problems).toEqual([]);
});

test("every analysis view works with no violation", async ({ page }) => {
  const problems = await watchPolicy(page);
  await openExplorer(page, "?year=2002&compare=2000");
  await expect(page.getByTestId("compare-list")).toBeVisible();
  await openExplorer(page, "?year=2001&analysis=balance");
  // Every 2001 triad reads as balanced by the contest rule: their group is folded.
  await page.getByTestId("triads-balanced").locator("summary").click();
  const triad = page.locator("li[data-triad]").first();
  await triad.getByRole("button", { name: "Highlight on the map" }).click();
  await expect(page.getByTestId("balance-chart")).toBeVisible();
  await openExplorer(page, "?year=2014&analysis=blocs&blocs=1");
  await expect(page.getByTestId("bloc-list")).toBeVisible();
  await expect(page.getByTestId("most-connected")).toBeVisible();
  await openExplorer(page, "?year=2010&dyad=iran,taliban");
  await expect(page.getByTestId("dyad-history")).toBeVisible();
  await expect(page.getByTestId("dyad-alignments")).toBeVisible();
  expect(problems).toEqual([]);
});
