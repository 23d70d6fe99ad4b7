import { expect, test } from "@playwright/test";
import { currentModel } from "../lib/server";
import { defaultFilters } from "../lib/filters";
import { snapshotOf } from "../lib/snapshot";
import { describeRelation, describeRelationParts, distinctSourceCount, mapLinkForRelation, relationDisputeIds, relationShortLabel, safeExternalUrl, sourceUsage } from "../lib/view";

// The same data the built app serves, so the page is checked against the model, source by source.
const model = currentModel();
const usage = sourceUsage(model);

test.describe("/sources", () => {
  test("lists every source in its own section, with the relations it supports linked to the map", async ({ page }) => {
    await page.goto("/sources");
    await expect(page).toHaveTitle(/Sources/);
    await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
    for (const source of model.dataset.sources) {
      const section = page.locator(`section#source-${source.id}`);
      await expect(section.getByRole("heading", { level: 2, name: source.title })).toBeVisible();
      const relationIds = usage.get(source.id)?.relationIds ?? [];
      const mapLinks = section.locator('a[href^="/?relation="]');
      // Each supported relation is linked once in the list (disputes may link some again).
      for (const relationId of relationIds) {
        const link = section.locator(`a[href^="/?relation=${relationId}&year="]`).first();
        await expect(link).toBeVisible();
        const year = Number(new URL((await link.getAttribute("href")) ?? "", "http://x").searchParams.get("year"));
        const span = model.graph.getEdgeAttribute(relationId, "years");
        expect(year).toBeGreaterThanOrEqual(span.from);
        expect(year).toBeLessThanOrEqual(span.to);
      }
      expect(await mapLinks.count()).toBeGreaterThanOrEqual(relationIds.length);
    }
  });

  test("opens external links in a new tab without opener or referrer, and only http(s) ones", async ({ page }) => {
    await page.goto("/sources");
    const external = page.locator('a[href^="http:"], a[href^="https:"]');
    const expected = model.dataset.sources.filter((source) => safeExternalUrl(source.url) !== null).length;
    if (expected === 0) {
      // Then this only proves no stray external link exists; the link's attributes are checked on fixtures in tests/view-sources-page.test.ts.
      test.info().annotations.push({ type: "note", description: "no source in the data has an http(s) URL" });
    }
    await expect(external).toHaveCount(expected);
    for (const link of await external.all()) {
      await expect(link).toHaveAttribute("target", "_blank");
      const rel = ((await link.getAttribute("rel")) ?? "").split(/\s+/);
      expect(rel).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
    }
    await expect(page.locator('a[target="_blank"]')).toHaveCount(expected);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  });

  test("lands on a source from its anchor and leads back to the map", async ({ page }) => {
    const last = model.dataset.sources.at(-1);
    test.skip(last === undefined, "no sources in the data");
    await page.goto(`/sources#source-${last?.id ?? ""}`);
    await expect(page.locator(`section#source-${last?.id ?? ""}`)).toBeInViewport();
    await page.getByRole("link", { name: "Back to the map" }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test("names every dispute a source takes part in", async ({ page }) => {
    await page.goto("/sources");
    for (const source of model.dataset.sources) {
      const section = page.locator(`section#source-${source.id}`);
      for (const disputeId of usage.get(source.id)?.disputeIds ?? []) {
        const dispute = model.dataset.disputes.find((d) => d.id === disputeId);
        await expect(section.getByText(dispute?.question ?? disputeId, { exact: true })).toBeVisible();
      }
    }
  });
});

// The panels as wired into the main screen (app/_components/explorer): opened from a link, a table row and a bar.
test.describe("the panels on the map", () => {
  const withMostClaims = [...model.dataset.relations].sort((a, b) => b.claims.length - a.claims.length)[0];

  test("a relation link opens its citations: every quote, and its actors lead to their own panels", async ({ page }) => {
    const relation = withMostClaims;
    test.skip(relation === undefined, "no relations in the data");
    if (relation === undefined) return;
    await page.goto(mapLinkForRelation(model, relation.id));
    const panel = page.getByRole("complementary", { name: describeRelation(model, relation.id) });
    await expect(panel).toBeVisible();
    // Each claim once, its source named once; the folded ones show when their fold opens.
    await expect(panel.locator("blockquote")).toHaveCount(relation.claims.length);
    await expect(panel.getByRole("link", { name: "About this source" })).toHaveCount(distinctSourceCount(relation.claims));
    for (const fold of await panel.getByText(/^\d+ more from this source$/).all()) await fold.click();
    for (const claim of relation.claims) await expect(panel.getByText(claim.quote, { exact: true }).first()).toBeVisible();

    const target = model.graph.getNodeAttribute(relation.target, "actor");
    await panel.getByRole("heading", { level: 2 }).getByRole("button", { name: target.name }).click();
    const actorPanel = page.getByRole("complementary", { name: target.name });
    await expect(actorPanel).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`actor=${target.id}`));

    // A bar on the actor's timeline is a button that reopens a relation.
    const bar = actorPanel.getByRole("button", { name: relationShortLabel(describeRelationParts(model, relation.id), relationDisputeIds(model, relation.id).length > 0) });
    await bar.focus();
    await page.keyboard.press("Enter");
    await expect(panel).toBeVisible();
    await panel.getByRole("button", { name: "Close relation panel" }).click();
    await expect(panel).toHaveCount(0);
  });

  test("the relation table lists the year's relations and opens one from the keyboard", async ({ page }) => {
    const relation = withMostClaims;
    test.skip(relation === undefined, "no relations in the data");
    if (relation === undefined) return;
    const year = model.graph.getEdgeAttribute(relation.id, "years").from;
    await page.goto(`/?year=${year}`);
    const shown = snapshotOf(model, { year, filters: defaultFilters() }).relationIds.length;
    const table = page.getByRole("table", { name: `${shown === 1 ? "1 relation" : `${shown} relations`} in ${year}` });
    await expect(table).toBeVisible();
    const text = describeRelation(model, relation.id);
    await table.getByRole("button", { name: `Show ${text}` }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("complementary", { name: text })).toBeVisible();
    await expect(table.locator('tr[aria-current="true"]')).toHaveCount(1);
  });

  test("a disputed relation sets the other side beside it, one button away", async ({ page }) => {
    const dispute = model.dataset.disputes[0];
    const [own, other] = dispute?.sides ?? [];
    test.skip(dispute === undefined || own === undefined || other === undefined, "no disputes in the data yet");
    if (dispute === undefined || own === undefined || other === undefined) return;
    await page.goto(mapLinkForRelation(model, own.relation));
    const panel = page.getByRole("complementary", { name: describeRelation(model, own.relation) });
    await expect(panel.getByRole("heading", { name: dispute.question })).toBeVisible();
    await expect(panel.getByText(own.position, { exact: true })).toBeVisible();
    await expect(panel.getByText(other.position, { exact: true })).toBeVisible();
    if (other.relation !== own.relation) {
      await panel.getByRole("button", { name: `Show this relation: ${describeRelation(model, other.relation)}` }).click();
      await expect(page.getByRole("complementary", { name: describeRelation(model, other.relation) })).toBeVisible();
    }
  });
});
