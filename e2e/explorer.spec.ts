import { expect, test, type Page } from "@playwright/test";
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import { placesIn } from "../lib/layout";
import { currentModel, yearPlacesOf } from "../lib/server";
import { presentAt } from "../lib/graph/time-index";
import { searchActors } from "../lib/search";
import { describeRelation } from "../lib/view";
import { openExplorer } from "./helpers";

// The real dataset, read the way the app reads it, so expectations follow the data as it grows.
const model = currentModel();
const places = yearPlacesOf(model)!;
const { first, last } = model.years;
const relationsIn = (year: number) => presentAt(model.relationIndex, year).length;
const yearsWithRelations = Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((year) => relationsIn(year) > 0);
const busiest = yearsWithRelations.reduce((best, year) => (relationsIn(year) > relationsIn(best) ? year : best), first);
const quieter = yearsWithRelations.find((year) => relationsIn(year) !== relationsIn(busiest)) ?? first;

declare global {
  interface Window {
    cy?: Core;
  }
}


const summary = (page: Page) => page.getByTestId("year-summary");

/** Edges the canvas draws now, judged on classes (rendered visibility can lag a frame). */
async function shownEdgeCount(page: Page): Promise<number> {
  return page.evaluate(() => window.cy!.edges("[relationId]").not(".off-year, .filtered-out").length);
}

/**
 * The points (page coordinates) at which a click reaches the given edge and no other: another
 * edge's curve may pass a midpoint that is far from every other midpoint, so this asks the
 * renderer's own hit test, a few pixels around each point too (the mouse lands on whole pixels).
 */
async function reachingOnly<T extends { id: string; x: number; y: number }>(page: Page, points: T[]): Promise<T[]> {
  const reached = await page.evaluate((candidates) => {
    const cy = window.cy!;
    const rect = cy.container()!.getBoundingClientRect();
    const renderer = (cy as unknown as { renderer(): { findNearestElement(x: number, y: number, interactive: boolean, touch: boolean): { isEdge(): boolean; data(key: string): unknown } | null } }).renderer();
    const toModel = (x: number, y: number) => [(x - rect.left - cy.pan().x) / cy.zoom(), (y - rect.top - cy.pan().y) / cy.zoom()] as const;
    return candidates.map(({ id, x, y }) =>
      [[0, 0], [-2, 0], [2, 0], [0, -2], [0, 2]].every(([dx = 0, dy = 0]) => {
        const hit = renderer.findNearestElement(...toModel(x + dx, y + dy), true, false);
        return hit !== null && hit.isEdge() && String(hit.data("relationId")) === id;
      }),
    );
  }, points);
  return points.filter((_, index) => reached[index] === true);
}

/** A shown edge whose midpoint is clear of nodes, other edges and the toolbar, in page coordinates. */
async function clickableEdge(page: Page, skip: string[] = []): Promise<{ id: string; x: number; y: number }> {
  const candidates = await page.evaluate((skipIds) => {
    const cy = window.cy!;
    const rect = cy.container()!.getBoundingClientRect();
    const nodes = cy.nodes(":childless").not(".off-year, .filtered-out").map((n) => (n as NodeSingular).renderedPosition());
    // Relations drawn on their own (a pair line, with its count, is clicked in pair-clicks.spec.ts).
    const edges = cy.edges("[relationId]").not(".off-year, .filtered-out, .in-pair-line");
    const mids = edges.map((e) => ({ id: String(e.data("relationId")), p: (e as EdgeSingular).renderedMidpoint() }));
    const far = (a: { x: number; y: number }, b: { x: number; y: number }, d: number) => Math.hypot(a.x - b.x, a.y - b.y) > d;
    return mids
      .filter(
        ({ id, p }) =>
          !skipIds.includes(id) &&
          p.x > 20 && p.y > 60 && p.x < rect.width - 20 && p.y < rect.height - 20 &&
          nodes.every((n) => far(n, p, 28)) &&
          mids.every((other) => other.id === id || far(other.p, p, 14)),
      )
      .map(({ id, p }) => ({ id, x: rect.left + p.x, y: rect.top + p.y }));
  }, skip);
  const found = (await reachingOnly(page, candidates))[0];
  if (found === undefined) throw new Error("no edge is clear enough to click");
  return found;
}

/** Whether the selected actor's neighbourhood in the shown year, and only it, is unfaded. */
async function neighbourhoodState(page: Page, actorId: string) {
  return page.evaluate((id) => {
    const cy = window.cy!;
    const node = cy.getElementById(`actor:${id}`);
    const shownEdges = node.connectedEdges("[relationId]").not(".off-year, .filtered-out");
    const neighbourFaded = shownEdges.union(shownEdges.connectedNodes()).filter(".faded").length > 0;
    // Relations of other years are outside this year's neighbourhood.
    const otherYearsUnfaded = node.connectedEdges("[relationId].off-year").not(".faded").length > 0;
    return { selected: node.hasClass("is-selected"), neighbourFaded, otherYearsUnfaded, someFaded: cy.elements(".faded").length > 0 };
  }, actorId);
}

test.describe("the explorer", () => {
  test("opens with the graph drawn and the header counts", async ({ page }) => {
    const errors = await openExplorer(page);
    const d = model.dataset;
    await expect(page.getByTestId("counts")).toContainText(`${d.actors.length} actors, ${d.relations.length} relations, ${d.sources.length} sources, ${first}–${last}`);
    await expect(page.getByRole("link", { name: "Sources" })).toHaveAttribute("href", "/sources");
    // The canvas holds what the opening year needs, not every year's elements.
    const counts = await page.evaluate(() => ({ nodes: window.cy!.nodes().length, edges: window.cy!.edges("[relationId]").length }));
    expect(counts).toEqual({ nodes: presentAt(model.actorIndex, busiest).length, edges: relationsIn(busiest) });
    expect(counts.edges).toBeLessThan(d.relations.length);
    // Without a year in the URL the map opens on the busiest year.
    await expect(summary(page)).toHaveAttribute("data-year", String(busiest));
    await expect(summary(page)).toHaveAttribute("data-relations", String(relationsIn(busiest)));
    expect(await shownEdgeCount(page)).toBe(relationsIn(busiest));
    expect(errors).toEqual([]);
  });

  test("the slider changes the year on the same instance, moving actors to the year's places", async ({ page }) => {
    await openExplorer(page, `?year=${busiest}`);
    await page.evaluate(() => {
      (window as unknown as { __firstCy: Core }).__firstCy = window.cy!;
    });
    await page.getByRole("slider", { name: "Year" }).fill(String(quieter));
    await expect(page.getByTestId("current-year")).toHaveText(String(quieter));
    await expect(summary(page)).toHaveAttribute("data-relations", String(relationsIn(quieter)));
    expect(await shownEdgeCount(page)).toBe(relationsIn(quieter));
    await expect(page).toHaveURL(new RegExp(`year=${quieter}`));
    const expected = placesIn(places, quieter);
    // The move is animated; once it settles every actor of the year stands at its place.
    await expect
      .poll(() => page.evaluate((want) => Object.entries(want).filter(([id, [x, y]]) => {
        const p = window.cy!.getElementById(`actor:${id}`).position();
        return Math.abs(p.x - x) > 0.5 || Math.abs(p.y - y) > 0.5;
      }).length, expected))
      .toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __firstCy: Core }).__firstCy === window.cy)).toBe(true);
  });

  test("an actor that leaves a year is no longer drawn, and comes back with it", async ({ page }) => {
    // The Northern Alliance ends in 2001; in 2003 it must be off the map, not left standing.
    const span = model.graph.getNodeAttribute("northern-alliance", "years");
    const after = span.to + 2;
    await openExplorer(page, `?year=${span.to}`);
    const drawn = () => page.evaluate(() => window.cy!.getElementById("actor:northern-alliance").style("display") !== "none");
    expect(await drawn()).toBe(true);
    await page.getByRole("slider", { name: "Year" }).fill(String(after));
    await expect(page.getByTestId("current-year")).toHaveText(String(after));
    await expect.poll(drawn).toBe(false);
    await page.getByRole("slider", { name: "Year" }).fill(String(span.to));
    await expect.poll(drawn).toBe(true);
  });

  test("step buttons and arrow keys move one year", async ({ page }) => {
    const start = Math.min(Math.max(busiest, first + 1), last - 1);
    await openExplorer(page, `?year=${start}`);
    await page.getByRole("button", { name: "Next year" }).click();
    await expect(page.getByTestId("current-year")).toHaveText(String(start + 1));
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByTestId("current-year")).toHaveText(String(start - 1));
  });

  test("play advances a year at a time and stops at the end; pause stops it", async ({ page }) => {
    await openExplorer(page, `?year=${last - 2}`);
    await page.getByRole("button", { name: "Play through the years" }).click();
    await expect(page.getByTestId("current-year")).toHaveText(String(last - 1), { timeout: 3000 });
    await expect(page.getByTestId("current-year")).toHaveText(String(last), { timeout: 3000 });
    await expect(page.getByRole("button", { name: "Play through the years" })).toBeVisible();
    await page.waitForTimeout(1200);
    await expect(page.getByTestId("current-year")).toHaveText(String(last));

    await page.getByRole("slider", { name: "Year" }).fill(String(first));
    await page.getByRole("button", { name: "Play through the years" }).click();
    await expect(page.getByTestId("current-year")).toHaveText(String(first + 1), { timeout: 3000 });
    await page.getByRole("button", { name: "Pause" }).click();
    const paused = await page.getByTestId("current-year").textContent();
    await page.waitForTimeout(1500);
    await expect(page.getByTestId("current-year")).toHaveText(paused ?? "");
  });

  test("clicking an edge on the canvas opens its citation panel", async ({ page }) => {
    await openExplorer(page, `?year=${busiest}`);
    const edge = await clickableEdge(page);
    await page.mouse.click(edge.x, edge.y);
    await expect(page).toHaveURL(new RegExp(`relation=${edge.id}`));
    await expect(page.getByRole("complementary", { name: describeRelation(model, edge.id) })).toBeVisible();
    const selected = await page.evaluate((id) => window.cy!.getElementById(`relation:${id}`).hasClass("is-selected"), edge.id);
    expect(selected).toBe(true);
  });

  test("with separate lines, several relations between one pair are each drawn and separately clickable; disputed ones are marked", async ({ page }) => {
    await openExplorer(page, `?year=${busiest}&lines=each`);
    // Pairs with several relations, biggest first: the year's own layout may cross a bundle with another
    // line, so the first pair whose parallel edges the renderer reaches each on its own is taken.
    const pairs = await page.evaluate(() => {
      const cy = window.cy!;
      const rect = cy.container()!.getBoundingClientRect();
      const byPair = new Map<string, EdgeSingular[]>();
      cy.edges("[relationId]").not(".off-year, .filtered-out").forEach((edge) => {
        const key = [edge.source().id(), edge.target().id()].sort().join("|");
        byPair.set(key, [...(byPair.get(key) ?? []), edge]);
      });
      return [...byPair.values()]
        .filter((edges) => edges.length > 1)
        .sort((a, b) => b.length - a.length)
        .map((edges) => {
          const mids = edges.map((edge) => ({ id: String(edge.data("relationId")), p: edge.renderedMidpoint() }));
          // Only midpoints apart from each other and from the pair's two nodes can be clicked unambiguously.
          const ends = edges[0] === undefined ? [] : [edges[0].source().renderedPosition(), edges[0].target().renderedPosition()];
          const clear = mids.filter(({ id, p }) => mids.every((o) => o.id === id || Math.hypot(o.p.x - p.x, o.p.y - p.y) > 10) && ends.every((n) => Math.hypot(n.x - p.x, n.y - p.y) > 25));
          return { size: edges.length, clickable: clear.map(({ id, p }) => ({ id, x: rect.left + p.x, y: rect.top + p.y })) };
        });
    });
    expect(pairs.length).toBeGreaterThan(0);
    let reachable: { id: string; x: number; y: number }[] = [];
    for (const pair of pairs) {
      reachable = await reachingOnly(page, pair.clickable);
      if (reachable.length > 1) break;
    }
    expect(reachable.length).toBeGreaterThan(1);
    for (const edge of reachable.slice(0, 3)) {
      await page.mouse.click(edge.x, edge.y);
      await expect(page).toHaveURL(new RegExp(`relation=${edge.id}(&|$)`));
    }
    const disputed = await page.evaluate(() => {
      const edges = window.cy!.edges("[relationId].disputed");
      return { count: edges.length, label: edges.length > 0 ? String(edges[0]!.style("label")) : "⚠" };
    });
    expect(disputed.label).toBe("⚠");
    expect(disputed.count).toBe(presentAt(model.relationIndex, busiest).filter((id) => model.graph.getEdgeAttribute(id, "disputes").length > 0).length);
  });

  test("hovering shows a tooltip; clicking the background clears the selection", async ({ page }) => {
    await openExplorer(page, `?year=${busiest}`);
    const edge = await clickableEdge(page);
    await page.mouse.move(edge.x, edge.y);
    await expect(page.getByRole("tooltip")).toContainText(describeRelation(model, edge.id));
    await page.mouse.click(edge.x, edge.y);
    await expect(page).toHaveURL(/relation=/);
    const box = await page.getByTestId("graph").boundingBox();
    await page.mouse.click(box!.x + 6, box!.y + box!.height - 6);
    await expect(page).not.toHaveURL(/relation=/);
  });

  test("a reload and a shared link restore year and selection", async ({ page }) => {
    const relation = model.dataset.relations[0]!;
    const span = model.graph.getEdgeAttribute(relation.id, "years");
    await openExplorer(page, `?year=${span.to}&relation=${relation.id}`);
    await expect(page.getByTestId("current-year")).toHaveText(String(span.to));
    await expect(page.getByRole("complementary", { name: describeRelation(model, relation.id) })).toBeVisible();
    await page.reload();
    await page.waitForFunction(() => document.querySelector("[data-ready=true]") !== null && window.cy !== undefined);
    await expect(page.getByTestId("current-year")).toHaveText(String(span.to));
    await expect(page.getByRole("complementary", { name: describeRelation(model, relation.id) })).toBeVisible();
    await expect.poll(() => page.evaluate((id) => window.cy!.getElementById(`relation:${id}`).hasClass("is-selected"), relation.id)).toBe(true);
  });

  test("back and forward step through selections", async ({ page }) => {
    await openExplorer(page, `?year=${busiest}`);
    const firstEdge = await clickableEdge(page);
    await page.mouse.click(firstEdge.x, firstEdge.y);
    await expect(page).toHaveURL(new RegExp(`relation=${firstEdge.id}`));
    const secondEdge = await clickableEdge(page, [firstEdge.id]);
    await page.mouse.click(secondEdge.x, secondEdge.y);
    await expect(page).toHaveURL(new RegExp(`relation=${secondEdge.id}`));
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`relation=${firstEdge.id}`));
    await expect(page.getByRole("complementary", { name: describeRelation(model, firstEdge.id) })).toBeVisible();
    await page.goBack();
    await expect(page).not.toHaveURL(/relation=/);
    await page.goForward();
    await expect(page).toHaveURL(new RegExp(`relation=${firstEdge.id}`));
    await expect(page.getByRole("complementary", { name: describeRelation(model, firstEdge.id) })).toBeVisible();
  });

  test("invalid parameters show a notice and fall back, without crashing", async ({ page }) => {
    const errors = await openExplorer(page, "?year=abc&relation=no-such-relation&types=friend,foe&actor=");
    const notice = page.getByRole("status").filter({ hasText: "is not a year" });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("No relation “no-such-relation”");
    await expect(notice).toContainText("Unknown relation types ignored: friend, foe");
    await expect(page.getByTestId("current-year")).toHaveText(String(busiest));
    await expect(summary(page)).toHaveAttribute("data-relations", String(relationsIn(busiest)));
    await openExplorer(page, "?year=0");
    await expect(page.getByRole("status").filter({ hasText: `not 0` })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("search finds an actor by alias, selects it and centres it", async ({ page }) => {
    // An actor on the map whose alias finds it first (Enter chooses the top match).
    const present = presentAt(model.actorIndex, busiest);
    const topHit = (query: string) => searchActors(model.dataset.actors, query)[0]?.actor.id;
    const target = model.dataset.actors.find((actor) => present.includes(actor.id) && actor.aliases.some((alias) => topHit(alias) === actor.id)) ?? model.dataset.actors[0]!;
    const query = target.aliases.find((alias) => topHit(alias) === target.id) ?? target.name;
    await openExplorer(page, `?year=${busiest}`);
    await page.getByRole("combobox", { name: "Find an actor" }).fill(query);
    await page.getByRole("combobox", { name: "Find an actor" }).press("Enter");
    await expect(page).toHaveURL(new RegExp(`actor=${target.id}`));
    await expect
      .poll(async () =>
        page.evaluate((id) => {
          const cy = window.cy!;
          const p = cy.getElementById(`actor:${id}`).renderedPosition();
          return Math.round(Math.hypot(p.x - cy.width() / 2, p.y - cy.height() / 2));
        }, target.id),
      )
      .toBeLessThan(5);
    expect(await neighbourhoodState(page, target.id)).toEqual({ selected: true, neighbourFaded: false, otherYearsUnfaded: false, someFaded: true });
    // Moving the year keeps the fading true to the year shown.
    await page.getByRole("button", { name: busiest > first ? "Previous year" : "Next year" }).click();
    await expect.poll(() => neighbourhoodState(page, target.id)).toMatchObject({ selected: true, neighbourFaded: false, otherYearsUnfaded: false });
  });

  test("a year or a filter with nothing to show says so", async ({ page }) => {
    const emptyYear = Array.from({ length: last - first + 1 }, (_, i) => first + i).find((year) => relationsIn(year) === 0);
    await openExplorer(page, `?year=${busiest}`);
    await expect(page.getByTestId("empty-year")).toHaveCount(0);
    await page.getByRole("button", { name: "None", exact: true }).click();
    await expect(page.getByTestId("empty-year")).toHaveText(`No relations in ${busiest} match the filters.`);
    await expect(page).toHaveURL(/types=(&|$)/);
    expect(await shownEdgeCount(page)).toBe(0);
    await page.getByRole("button", { name: "All", exact: true }).click();
    await expect(page.getByTestId("empty-year")).toHaveCount(0);
    if (emptyYear !== undefined) {
      await page.getByRole("slider", { name: "Year" }).fill(String(emptyYear));
      await expect(page.getByTestId("empty-year")).toHaveText(`No relations recorded for ${emptyYear}.`);
    }
  });
});
