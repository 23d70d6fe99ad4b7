import { describe, expect, it } from "vitest";
import { isBigLayout, oneEdgePerPair, seededRandom } from "@/lib/layout";
import { bigGraphPositions } from "@/lib/layout/big";

describe("layout", () => {
  it("keeps one edge per linked pair, whichever way it points", () => {
    const edges = [
      { id: "a", source: "iran", target: "taliban" },
      { id: "b", source: "taliban", target: "iran" },
      { id: "c", source: "iran", target: "us" },
    ];
    expect(oneEdgePerPair(edges).map((e) => e.id)).toEqual(["a", "c"]);
  });

  it("gives big graphs the same positions for the same seed, without touching Math.random", () => {
    const nodes = Array.from({ length: 400 }, (_, i) => `n${i}`);
    const edges = nodes.slice(1).map((id, i) => ({ id: `e${i}`, source: nodes[Math.floor(i / 3)] ?? "n0", target: id }));
    const original = Math.random;
    Math.random = () => {
      throw new Error("layout must not draw from Math.random");
    };
    try {
      const first = bigGraphPositions(nodes, edges, seededRandom(7));
      const again = bigGraphPositions(nodes, edges, seededRandom(7));
      const other = bigGraphPositions(nodes, edges, seededRandom(8));
      expect([...again]).toEqual([...first]);
      expect([...other]).not.toEqual([...first]);
      expect(first.size).toBe(400);
      expect([...first.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    } finally {
      Math.random = original;
    }
  });

  it("switches to the big-graph layout past the thresholds", () => {
    expect(isBigLayout(34, 100)).toBe(false);
    expect(isBigLayout(2000, 100)).toBe(true);
    expect(isBigLayout(100, 5000)).toBe(true);
  });
});
