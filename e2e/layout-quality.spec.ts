import { expect, test, type Page } from "@playwright/test";
import type { NodeSingular } from "cytoscape";
import { FIT_PADDING, layoutQuality, type DrawnNode, type DrawnPair } from "../lib/layout";
import { currentModel } from "../lib/server";
import { snapshotOf } from "../lib/snapshot";
import { defaultFilters } from "../lib/filters";
import { openExplorer } from "./helpers";

// The map of every year, measured as drawn: after fitting what the year shows, linked actors stand
// apart, no label covers another label or an actor, and no actor sits on a line it is not part of.
const model = currentModel();
const years = Array.from({ length: model.years.last - model.years.first + 1 }, (_, i) => model.years.first + i).filter(
  (year) => snapshotOf(model, { year, filters: defaultFilters() }).relationIds.length > 0,
);

interface Drawn {
  year: number;
  nodes: DrawnNode[];
  pairs: DrawnPair[];
}

/** Moves the slider to each year, waits for the actors to settle, fits, and reads what is drawn. */
async function drawnYears(page: Page): Promise<Drawn[]> {
  return page.evaluate(
    async ({ list, padding }) => {
      const cy = window.cy!;
      const slider = document.querySelector<HTMLInputElement>('input[type="range"][aria-label="Year"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const out = [];
      for (const year of list) {
        setValue.call(slider, String(year));
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        for (let i = 0; i < 200 && (i < 2 || cy.nodes().some((n) => (n as NodeSingular).animated())); i += 1) await frame();
        const nodes = cy.nodes(":visible");
        const edges = cy.edges(":visible");
        cy.fit(nodes.union(edges), padding);
        const drawn = nodes.map((node) => {
          const p = node.renderedPosition();
          const box = node.renderedBoundingBox({ includeNodes: false, includeLabels: true, includeEdges: false, includeOverlays: false });
          return { id: String(node.data("actorId")), x: p.x, y: p.y, radius: node.renderedWidth() / 2, label: { left: box.x1, right: box.x2, top: box.y1, bottom: box.y2 } };
        });
        const pairs = new Map<string, { source: string; target: string }>();
        edges.forEach((edge) => {
          const [a, b] = [String(edge.source().data("actorId")), String(edge.target().data("actorId"))].sort();
          pairs.set(`${a}|${b}`, { source: a!, target: b! });
        });
        out.push({ year, nodes: drawn, pairs: [...pairs.values()] });
      }
      return out;
    },
    { list: years, padding: FIT_PADDING },
  );
}

for (const viewport of [
  { width: 1400, height: 900, minLinked: 60 },
  { width: 390, height: 844, minLinked: 0 },
]) {
  test(`every year at ${viewport.width}x${viewport.height}: linked actors apart, no label overlaps, no actor on a foreign line`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await openExplorer(page, `?year=${years[0]}`);
    const report = (await drawnYears(page)).map(({ year, nodes, pairs }) => ({ year, ...layoutQuality(nodes, pairs) }));
    const worst = Math.min(...report.map((r) => r.minLinkedDistance));
    console.log(`layout quality at ${viewport.width}x${viewport.height}: ${report.length} years, smallest linked distance ${worst.toFixed(1)} px`);
    for (const r of report) {
      expect.soft(r.labelOverlaps, `${r.year}: labels overlapping`).toEqual([]);
      expect.soft(r.labelOnNode, `${r.year}: labels over an actor`).toEqual([]);
      expect.soft(r.onForeignLines, `${r.year}: actors on a line they are not part of`).toEqual([]);
      expect.soft(r.minLinkedDistance, `${r.year}: smallest distance between linked actors`).toBeGreaterThanOrEqual(viewport.minLinked);
    }
  });
}
