import { describe, expect, it } from "vitest";
import { labelBox, labelSize, layoutQuality, LAYOUT_SEED, seededRandom, untangle, type DrawnNode, yearGraphs } from "../lib/layout";
import { yearLayouts } from "../lib/layout/years";
import { currentModel, yearPlacesOf } from "../lib/server";

const drawn = (id: string, x: number, y: number, label = id): DrawnNode => ({ id, x, y, radius: 15, label: labelBox(label, x, y) });

describe("layoutQuality: what makes a map hard to read, measured", () => {
  it.each([
    { name: "an actor on a line it is not part of", nodes: [drawn("a", 0, 0), drawn("b", 300, 0), drawn("c", 150, 5)], pairs: [{ source: "a", target: "b" }], foreign: ["c on a–b"], overlaps: 0 },
    { name: "an actor beside the line, clear of it", nodes: [drawn("a", 0, 0), drawn("b", 300, 0), drawn("c", 150, 60)], pairs: [{ source: "a", target: "b" }], foreign: [], overlaps: 0 },
    { name: "two labels on top of each other", nodes: [drawn("a", 0, 0, "Northern Alliance"), drawn("b", 20, 10, "Hezbe Wahdat")], pairs: [], foreign: [], overlaps: 1 },
  ])("$name", ({ nodes, pairs, foreign, overlaps }) => {
    const quality = layoutQuality(nodes, pairs);
    expect(quality.onForeignLines).toEqual(foreign);
    expect(quality.labelOverlaps).toHaveLength(overlaps);
  });

  it("measures the smallest distance between linked actors only", () => {
    const quality = layoutQuality([drawn("a", 0, 0), drawn("b", 100, 0), drawn("c", 0, 30)], [{ source: "a", target: "b" }]);
    expect(quality.minLinkedDistance).toBe(100);
  });
});

describe("labelSize: labels wrap as the map draws them", () => {
  it("a long name takes more lines than a short one, never wider than the style allows", () => {
    const short = labelSize("Iran");
    const long = labelSize("Supreme Council for the Islamic Revolution in Iraq");
    expect(long.height).toBeGreaterThan(short.height * 2);
    expect(long.width).toBeLessThanOrEqual(150 + 22);
  });
});

describe("untangle: parts a knot with small moves", () => {
  it("separates two actors drawn on the same spot and moves a third off a line it is not part of", () => {
    const start = new Map([
      ["iran", { x: 0, y: 0 }],
      ["taliban", { x: 5, y: 0 }],
      ["northern-alliance", { x: 300, y: 0 }],
    ]);
    const labels = new Map([...start.keys()].map((id) => [id, id]));
    const pairs = [{ source: "iran", target: "northern-alliance" }];
    const placed = untangle(start, labels, pairs);
    const nodes = [...placed].map(([id, p]) => drawn(id, p.x, p.y));
    const quality = layoutQuality(nodes, pairs);
    expect(quality.labelOverlaps).toEqual([]);
    expect(quality.onForeignLines).toEqual([]);
    expect(quality.minLinkedDistance).toBeGreaterThanOrEqual(80);
  });
});

describe("yearLayouts on hand-made years", () => {
  it("survives a year with no relation and one with a lone pair: everyone present gets a place", () => {
    const labels = new Map([["a", "A"], ["b", "B"], ["c", "C"]]);
    const graphs = [
      { year: 2000, linked: [], unlinked: ["a", "b"], pairs: [] },
      { year: 2001, linked: ["a", "b"], unlinked: ["c"], pairs: [{ source: "a", target: "b", relations: 2 }] },
    ];
    const layouts = yearLayouts(graphs, labels, seededRandom(1));
    expect([...layouts.get(2000)!.keys()].sort()).toEqual(["a", "b"]);
    expect([...layouts.get(2001)!.keys()].sort()).toEqual(["a", "b", "c"]);
    const [a, b] = [layouts.get(2001)!.get("a")!, layouts.get(2001)!.get("b")!];
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(80);
    for (const p of layouts.get(2001)!.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
});

describe("the shipped data's per-year layout", () => {
  const model = currentModel();
  const labels = new Map(model.dataset.actors.map((actor) => [actor.id, actor.name]));
  const graphs = yearGraphs(model);
  const layouts = yearLayouts(graphs, labels, seededRandom(LAYOUT_SEED));

  it("reads in every year: no overlap, nobody on a foreign line, linked actors apart (estimated label boxes)", () => {
    const problems = graphs.flatMap((graph) => {
      const at = layouts.get(graph.year)!;
      const quality = layoutQuality(graph.linked.map((id) => drawn(id, at.get(id)!.x, at.get(id)!.y, labels.get(id))), graph.pairs);
      const faults = [...quality.labelOverlaps, ...quality.labelOnNode, ...quality.onForeignLines];
      if (quality.minLinkedDistance < 80) faults.push(`linked ${quality.minLinkedDistance.toFixed(0)} px apart`);
      return faults.map((fault) => `${graph.year}: ${fault}`);
    });
    expect(problems).toEqual([]);
  });

  it("keeps the mental map: from one year to the next an actor moves little on average", () => {
    const moves: number[] = [];
    for (const [i, graph] of graphs.entries()) {
      const before = i === 0 ? undefined : layouts.get(graphs[i - 1]!.year);
      const now = layouts.get(graph.year)!;
      if (before === undefined) continue;
      const shared = graph.linked.filter((id) => before.has(id));
      if (shared.length === 0) continue;
      moves.push(shared.reduce((sum, id) => sum + Math.hypot(now.get(id)!.x - before.get(id)!.x, now.get(id)!.y - before.get(id)!.y), 0) / shared.length);
    }
    const sorted = [...moves].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(60);
  });

  it("is the same every time (the server caches it, a fresh run repeats it)", () => {
    const again = yearLayouts(graphs, labels, seededRandom(LAYOUT_SEED));
    expect([...again.get(2001)!]).toEqual([...layouts.get(2001)!]);
    const places = yearPlacesOf(model)!;
    expect(Object.keys(places["2001"]!).sort()).toEqual([...layouts.get(2001)!.keys()].sort());
  });

  it("places every actor present in a year, linked or not (so Show all draws them somewhere)", () => {
    for (const graph of graphs) expect(new Set(layouts.get(graph.year)!.keys())).toEqual(new Set([...graph.linked, ...graph.unlinked]));
  });
});
