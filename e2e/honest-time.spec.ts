import { expect, test, type Page } from "@playwright/test";
import { blocReasons, cachedBlocsByYear } from "../lib/analysis/blocs";
import { balanceSeries, compareYears, dyadPeriods, periodLabel } from "../lib/analysis";
import { currentModel } from "../lib/server";
import { describeRelation, keyClaim } from "../lib/view";
import { openExplorer } from "./helpers";

// Issue 12 as a reader sees it: time as the sources tell it, and analyses that show their reasons.
// Expectations are worked out from the model the page is built from.
const model = currentModel();
const citationPanel = (page: Page, relationId: string) => page.getByRole("complementary", { name: describeRelation(model, relationId) });
const edgeState = (page: Page, id: string) =>
  page.evaluate((edgeId) => {
    const edge = window.cy!.getElementById(edgeId);
    return { unattested: edge.hasClass("unattested"), display: edge.style("display") as string, label: edge.style("label") as string };
  }, `relation:${id}`);

test.describe("a relation no source ends continues, marked as not attested", () => {
  test("the Iran–Taliban training of 2018 is still on the map in 2019, dotted and labelled 'last attested 2018'", async ({ page }) => {
    // Each relation on its own line (by default the pair's six share one).
    const errors = await openExplorer(page, "?year=2018&lines=each");
    expect(await edgeState(page, "iran-trains-taliban-2018")).toMatchObject({ unattested: false, display: "element" });
    await page.getByRole("button", { name: "Next year" }).click();
    await expect(page.getByTestId("current-year")).toHaveText("2019");
    await expect.poll(() => edgeState(page, "iran-trains-taliban-2018")).toEqual({ unattested: true, display: "element", label: "last attested 2018" });
    expect(errors).toEqual([]);
  });

  test("its citation panel says it continues, since when, and what closes it", async ({ page }) => {
    await openExplorer(page, "?year=2019&relation=iran-trains-taliban-2018");
    const attestation = citationPanel(page, "iran-trains-taliban-2018").getByTestId("attestation");
    await expect(attestation).toContainText("In 2019: continuing, not attested since 2018.");
    await expect(attestation).toContainText("No source says it ended");
    await expect(attestation).toContainText("until Iran opposes Taliban from April 2021 (a contrary relation between the two)");
    await attestation.getByRole("button", { name: "Show what closes it" }).click();
    await expect(citationPanel(page, "iran-opposes-taliban-2021")).toBeVisible();
  });

  test("Compare 2018 → 2019 calls nothing ended that no source ends", async ({ page }) => {
    const comparison = compareYears(model, 2018, 2019);
    await openExplorer(page, "?year=2019&compare=2018");
    await expect(page.getByTestId("compare-summary")).toContainText(`${comparison.ended.length} ended (a source says so), ${comparison.noLongerAttested.length} no longer attested (no source ends them)`);
    const pair = page.getByTestId("compare-list").locator('li[data-pair="iran|taliban"]');
    await expect(pair.locator('[data-change="ended"]')).toHaveCount(0);
    const training = pair.locator('[data-change="no-longer-attested"]').filter({ has: page.locator('button[data-relation-id="iran-trains-taliban-2018"]') });
    await expect(training).toContainText("no longer attested");
    await expect(training).toContainText("last attested 2018; no source ends it, so it continues, unattested, in 2019.");
    await expect(page.getByTestId("counting-note")).toContainText("Counts relations that continue unattested");
  });

  test("the analyses' switch leaves continuations out, and the URL keeps it", async ({ page }) => {
    await openExplorer(page, "?year=2019&compare=2018");
    await page.getByRole("switch", { name: "Count unattested" }).uncheck();
    await expect(page).toHaveURL(/attested=only/);
    await expect(page.getByTestId("counting-note")).toContainText("Counts only what a source attests each year");
    const strict = compareYears(model, 2018, 2019, undefined, false);
    await expect(page.getByTestId("compare-summary")).toContainText(`${strict.formed.length} formed, ${strict.ended.length} ended`);
  });
});

test.describe("balance resolves a contest by a rule, and says why", () => {
  test("the 2001 Iran–Taliban–US triad reads as balanced, the enemy of my enemy, with both sides one click away", async ({ page }) => {
    await openExplorer(page, "?year=2001&analysis=balance");
    await page.getByTestId("triads-balanced").locator("summary").click();
    const triad = page.locator('li[data-triad="iran|taliban|united-states"]');
    await expect(triad).toHaveAttribute("data-status", "balanced");
    await expect(triad).toContainText("the enemy of my enemy is my friend");
    const reason = triad.getByTestId("contest-reason");
    await expect(reason).toContainText("Contested: Iran and United States read as friendly because");
    await expect(reason).toContainText("specific to 2001");
    await expect(reason).toContainText("background, begun 10 or more years before");
    await triad.locator('[data-side="hostile"] button[data-relation-id="iran-enemy-united-states-1980"]').click();
    await expect(citationPanel(page, "iran-enemy-united-states-1980")).toBeVisible();
    await triad.locator('[data-side="friendly"] button[data-relation-id="iran-cooperates-united-states-2001"]').click();
    await expect(citationPanel(page, "iran-cooperates-united-states-2001")).toBeVisible();
  });

  test("with the rule off, the triad is contested again", async ({ page }) => {
    await openExplorer(page, "?year=2001&analysis=balance");
    await page.getByTestId("contest-rule").selectOption("none");
    await expect(page).toHaveURL(/contest=none/);
    await expect(page.locator('li[data-triad="iran|taliban|united-states"]')).toHaveAttribute("data-status", "contested");
    // The chart under the slider reads by the same rule as the list (2005 is where the rule changes the share).
    const ruleOff = balanceSeries(model, { contestRule: "none" }).find((entry) => entry.year === 2005);
    const byDefault = balanceSeries(model).find((entry) => entry.year === 2005);
    expect(ruleOff?.share).not.toBe(byDefault?.share);
    const cell = page.locator('g[data-year="2005"]');
    if (ruleOff?.share === null || ruleOff === undefined) await expect(cell).toHaveCount(0);
    else await expect(cell).toHaveAttribute("data-share", String(ruleOff.share));
  });
});

test.describe("blocs show what holds them", () => {
  const blocs = cachedBlocsByYear(model).get(2014) ?? [];

  test("each bloc lists its friendly ties strongest first, one click from the quotes, and flags doubtful members", async ({ page }) => {
    await openExplorer(page, "?year=2014&analysis=blocs");
    const items = page.getByTestId("bloc-list").locator(":scope > li");
    await expect(items).toHaveCount(blocs.length);
    for (const [index, bloc] of blocs.entries()) {
      const { ties, flags } = blocReasons(model, 2014, bloc.members);
      const why = items.nth(index).getByTestId("bloc-ties");
      await expect(why.locator("summary")).toContainText(`Held together by ${ties.length} friendly ${ties.length === 1 ? "tie" : "ties"}`);
      await why.locator("summary").click();
      await expect(why.locator("li[data-tie]")).toHaveCount(ties.length);
      const strongest = ties[0];
      if (strongest !== undefined) await expect(why.locator("li[data-tie]").first()).toHaveAttribute("data-tie", strongest.actors.join("|"));
      await expect(items.nth(index).locator("li[data-flag]")).toHaveCount(flags.length);
    }
    const first = blocReasons(model, 2014, blocs[0]?.members ?? []).ties[0]?.relations[0] ?? "";
    await items.first().getByTestId("bloc-ties").locator(`button[data-relation-id="${first}"]`).click();
    await expect(citationPanel(page, first)).toBeVisible();
  });
});

test.describe("the dyad as a story", () => {
  const periods = dyadPeriods(model, "iran", "taliban");

  test("tells Iran and the Taliban period by period, gaps labelled, each with its key quote and sources", async ({ page }) => {
    await openExplorer(page, "?year=2010&dyad=iran,taliban");
    const story = page.getByTestId("dyad-story").locator(":scope > li");
    await expect(story).toHaveCount(periods.length);
    for (const [index, period] of periods.entries()) await expect(story.nth(index)).toHaveAttribute("data-period", periodLabel(period));
    expect(periods.map(periodLabel)).toEqual(expect.arrayContaining(["hostile, 1996–2001", "no relation recorded, 2004–2012"]));
    const gap = page.locator('[data-period="no relation recorded, 2004–2012"]');
    await expect(gap).toContainText("no relation recorded, 2004–2012");
    const hostile = page.locator('[data-period="hostile, 1996–2001"]');
    const quote = keyClaim(model, periods[0]?.key ?? "")?.claim.quote ?? "";
    await expect(hostile.locator("blockquote")).toContainText(quote.slice(0, 40));
    await expect(hostile).toContainText("⚠ disputed");
    await hostile.getByRole("button", { name: "Sources" }).click();
    await expect(citationPanel(page, periods[0]?.key ?? "")).toBeVisible();
    // From 2010 the map moves to the period's first year.
    await expect(page.getByTestId("current-year")).toHaveText("1996");
  });
});
