import { expect, test, type Page } from "@playwright/test";
import type { NodeSingular } from "cytoscape";
import { openExplorer } from "./helpers";

// A click anywhere on a line's visible stretch opens what that line stands for: its pair (a line
// with a count) or its one relation. Points are taken along every drawn line, leaving out only
// where another actor, label or line is within a few pixels (there the other one is as visible).

interface Target {
  x: number;
  y: number;
  /** The query parameter the click must set: "pair=iran,taliban" or "relation=<id>". */
  expected: string;
}

interface Plan {
  lines: number;
  testedLines: number;
  targets: Target[];
}

async function clickTargets(page: Page): Promise<Plan> {
  return page.evaluate(() => {
    const cy = window.cy!;
    const canvas = cy.container()!.getBoundingClientRect();
    const toolbar = document.querySelector('[data-testid=graph] button[aria-label="Zoom in"]')!.parentElement!.getBoundingClientRect();
    type P = { x: number; y: number };
    const along = (s: P, c: P, t: P, u: number): P => ({ x: (1 - u) ** 2 * s.x + 2 * u * (1 - u) * c.x + u ** 2 * t.x, y: (1 - u) ** 2 * s.y + 2 * u * (1 - u) * c.y + u ** 2 * t.y });
    const edges = cy.edges(":visible").map((edge) => {
      const [s, t, m] = [edge.source().renderedPosition(), edge.target().renderedPosition(), edge.renderedMidpoint()];
      // The quadratic curve through both ends and the drawn midpoint (a straight line when they align).
      const control = { x: 2 * m.x - (s.x + t.x) / 2, y: 2 * m.y - (s.y + t.y) / 2 };
      const polyline = Array.from({ length: 17 }, (_, i) => along(s, control, t, i / 16));
      const pair = edge.data("pair") === true;
      const expected = pair ? `pair=${(edge.data("actors") as string[]).join(",")}` : `relation=${String(edge.data("relationId"))}`;
      return { id: edge.id(), s, t, control, polyline, expected };
    });
    const boxes = cy.nodes(":visible").map((node) => node.renderedBoundingBox({ includeLabels: true, includeOverlays: false }));
    const toSegment = (p: P, a: P, b: P) => {
      const [dx, dy] = [b.x - a.x, b.y - a.y];
      const u = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(p.x - (a.x + u * dx), p.y - (a.y + u * dy));
    };
    // Cytoscape takes a click within half a line's width and a few pixels of it: 8 px from another line's middle is its own.
    const nearLine = (p: P, line: P[]) => line.slice(1).some((b, i) => toSegment(p, line[i]!, b) < 8);
    const targets: Target[] = [];
    const tested = new Set<string>();
    for (const edge of edges) {
      for (const u of [0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85]) {
        const p = along(edge.s, edge.control, edge.t, u);
        const client = { x: canvas.left + p.x, y: canvas.top + p.y };
        if (p.x < 4 || p.y < 4 || p.x > canvas.width - 4 || p.y > canvas.height - 4) continue;
        // A tall phone canvas runs below the window: only what is on screen can be clicked.
        if (client.y > window.innerHeight - 4 || client.y < 4) continue;
        if (client.x >= toolbar.left - 6 && client.x <= toolbar.right + 6 && client.y >= toolbar.top - 6 && client.y <= toolbar.bottom + 6) continue;
        if (boxes.some((b) => p.x >= b.x1 - 2 && p.x <= b.x2 + 2 && p.y >= b.y1 - 2 && p.y <= b.y2 + 2)) continue;
        if (edges.some((other) => other.id !== edge.id && nearLine(p, other.polyline))) continue;
        targets.push({ ...client, expected: edge.expected });
        tested.add(edge.id);
      }
    }
    return { lines: edges.length, testedLines: tested.size, targets };
  });
}

const selectionParam = (page: Page) =>
  page.evaluate(() => {
    const params = new URLSearchParams(location.search);
    for (const key of ["pair", "relation", "actor"]) if (params.has(key)) return `${key}=${params.get(key)}`;
    return "";
  });

async function settle(page: Page) {
  await page.waitForFunction(() => !window.cy!.nodes().some((node) => (node as NodeSingular).animated()));
  await page.waitForTimeout(200);
}

for (const { width, height, years, share } of [
  { width: 1400, height: 900, years: [2001, 2014, 2018, 2022], share: 0.8 },
  { width: 390, height: 844, years: [2001, 2018], share: 0.6 },
]) {
  test(`clicks along every drawn line at ${width}x${height} open that line's pair or relation`, async ({ page }) => {
    test.setTimeout(420_000);
    await page.setViewportSize({ width, height });
    const summary: string[] = [];
    for (const year of years) {
      await openExplorer(page, `?year=${year}`);
      await settle(page);
      const plan = await clickTargets(page);
      const wrong: string[] = [];
      const viewport = () => page.evaluate(() => JSON.stringify({ zoom: window.cy!.zoom(), pan: window.cy!.pan(), width: window.cy!.width(), height: window.cy!.height() }));
      const planned = await viewport();
      for (const target of plan.targets) {
        // A selection may move the map (on a phone the bottom sheet resizes the canvas and pans the
        // selection into view): each click starts from the planned view, reopened when it moved.
        if ((await viewport()) !== planned) {
          await openExplorer(page, `?year=${year}`);
          await settle(page);
        }
        await page.mouse.click(target.x, target.y);
        await page.waitForFunction(() => /[?&](pair|relation|actor)=/.test(location.search), null, { timeout: 2_000 }).catch(() => undefined);
        const got = decodeURIComponent(await selectionParam(page));
        if (got !== target.expected) {
          const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.outerHTML.slice(0, 80) ?? "nothing", target);
          wrong.push(`${target.expected} at (${target.x.toFixed(0)}, ${target.y.toFixed(0)}) opened ${got === "" ? `nothing (under the pointer: ${under})` : got}`);
          if (got === "") continue;
        }
        // Back to no selection, so the next click starts from the same map.
        await page.keyboard.press("Escape");
        await expect.poll(() => selectionParam(page)).toBe("");
      }
      summary.push(`${year}: ${plan.targets.length} clicks on ${plan.testedLines} of ${plan.lines} lines`);
      expect.soft(wrong, `${year}: clicks that opened something else`).toEqual([]);
      // Nearly every line has a stretch of its own to click (the rest run under labels or beside other
      // lines; on a phone, fitted no smaller than legible labels, some run off screen).
      expect.soft(plan.testedLines, `${year}: lines with a clean stretch`).toBeGreaterThanOrEqual(Math.ceil(plan.lines * share));
    }
    console.log(`pair clicks at ${width}x${height}: ${summary.join("; ")}`);
  });
}

test("a pair line opens the pair panel, whose rows open each relation's sources", async ({ page }) => {
  await openExplorer(page, "?year=2018&pair=taliban,iran");
  const panel = page.getByTestId("pair-panel");
  await expect(panel).toHaveAttribute("data-pair", "iran|taliban");
  await expect(panel.getByRole("heading", { level: 2 })).toContainText("Iran and Taliban");
  const rows = panel.getByRole("button", { name: /^Read the sources:/ });
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => window.cy!.getElementById("pair:iran|taliban").data("count") as number)).toBe(count);
  expect(await page.evaluate(() => window.cy!.getElementById("pair:iran|taliban").hasClass("is-selected"))).toBe(true);
  await rows.first().click();
  await expect(page).toHaveURL(/relation=/);
  await expect(page.getByTestId("pair-panel")).toHaveCount(0);
  await page.goBack();
  await expect(page.getByTestId("pair-panel")).toBeVisible();
});

test("Separate lines draws each relation of a pair on its own, and the URL keeps it", async ({ page }) => {
  await openExplorer(page, "?year=2018");
  const drawn = () => page.evaluate(() => ({ pairs: window.cy!.edges(".pair-shown").length, fanned: window.cy!.edges(".in-pair-line").length }));
  expect((await drawn()).pairs).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Separate lines" }).click();
  await expect(page).toHaveURL(/lines=each/);
  await expect.poll(drawn).toEqual({ pairs: 0, fanned: 0 });
  await page.reload();
  await page.waitForFunction(() => window.cy !== undefined && document.querySelector("[data-ready=true]") !== null);
  await expect(page.getByRole("button", { name: "Separate lines" })).toHaveAttribute("aria-pressed", "true");
});
