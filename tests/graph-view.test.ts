import { describe, expect, it } from "vitest";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { relationsOf, snapshotOf } from "@/lib/snapshot";
import { emptyYearMessage } from "@/lib/view";
import { circlePositions, EDGE_ENCODINGS, edgeElementId, fitPositions, graphElements, canvasStylesheet, NODE_ENCODINGS, nodeElementId, VIEW_CLASSES, wrappableLabel, type EdgeElement, type NodeElement } from "@/lib/canvas";
import { ACTOR_KINDS, RELATION_TYPE_IDS, RELATION_TYPES } from "@/lib/vocabulary";
import { defaultFilters, relationPredicate } from "@/lib/filters";
import { actor, claim, dataset, relation, source } from "./fixtures/builders";

const model = buildAllianceModel(
  dataset({
    actors: [actor("iran"), actor("taliban", { kind: "armed-group" }), actor("us")],
    sources: [source("s1"), source("s2")],
    relations: [
      relation("iran-enemy-taliban", "iran", "taliban", { type: "enemy", start: "1996", end: "2001", claims: [claim({ evidence: "fact", source: "s1" })] }),
      relation("iran-arms-taliban", "iran", "taliban", { type: "arms", start: "2001", end: "2001", claims: [claim({ evidence: "analysis", source: "s2" })] }),
      relation("iran-cooperates-us", "iran", "us", {
        type: "cooperates",
        start: "2001",
        end: "2001",
        claims: [claim({ evidence: "fact", source: "s2" }), claim({ evidence: "participant", source: "s1" })],
      }),
    ],
    disputes: [{ id: "arms", question: "Did Iran arm the Taliban?", sides: [{ relation: "iran-arms-taliban", position: "yes" }, { relation: "iran-enemy-taliban", position: "no" }] }],
  }),
);

const elements = graphElements(model);
const nodes = elements.filter((e): e is NodeElement => e.group === "nodes");
const edges = elements.filter((e): e is EdgeElement => e.group === "edges");
const edge = (id: string) => edges.find((e) => e.data.relationId === id);

describe("graphElements", () => {
  it("holds every actor and every relation of every year, in separate id spaces", () => {
    expect(nodes.map((n) => n.data.id)).toEqual(["actor:iran", "actor:taliban", "actor:us"]);
    // Then one line for each pair with several relations (Iran and the Taliban), drawn in years that hold two.
    expect(edges.map((e) => e.data.id)).toEqual(["relation:iran-enemy-taliban", "relation:iran-arms-taliban", "relation:iran-cooperates-us", "pair:iran|taliban"]);
    expect(edge("iran-arms-taliban")?.data).toMatchObject({ source: "actor:iran", target: "actor:taliban", actors: ["iran", "taliban"], type: "arms" });
  });

  it("classes nodes by kind and edges by type, direction and dispute", () => {
    expect(nodes[1]?.classes).toBe("kind-armed-group");
    expect(edge("iran-arms-taliban")?.classes).toBe("type-arms directed disputed");
    expect(edge("iran-cooperates-us")?.classes).toBe("type-cooperates");
    expect(edge("iran-enemy-taliban")?.data.disputed).toBe(true);
  });

  it("seeds positions on a circle in id order, the same every time", () => {
    expect(graphElements(model)).toEqual(elements);
    const positions = circlePositions(["c", "a", "b"]);
    expect(positions.get("a")).toEqual({ x: 100, y: 0 });
    expect(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(3);
  });

  it("labels each node with its name, a long unbroken word made wrappable with zero-width spaces", () => {
    expect(nodes.map((n) => n.data.label)).toEqual(["IRAN", "TALIBAN", "US"]);
    expect(wrappableLabel("Hezbe Wahdat-e Islami-ye Afghanistan")).toBe("Hezbe Wahdat-e Islami-ye Afghanistan");
    const long = `Al-${"W".repeat(117)}`;
    const label = wrappableLabel(`The ${long} front`);
    expect(label.replaceAll("\u200B", "")).toBe(`The ${long} front`);
    expect(label.split(/[\s\u200B]/).map((part) => part.length)).toEqual([3, 20, 20, 20, 20, 20, 20, 5]);
  });

  it("maps ids both ways", () => {
    expect(nodeElementId("iran")).toBe("actor:iran");
    expect(edgeElementId("iran")).toBe("relation:iran");
  });
});

describe("relationPredicate", () => {
  const ids = (filters: Parameters<typeof relationPredicate>[0]) => model.dataset.relations.filter(relationPredicate(filters)).map((r) => r.id);

  it("passes everything by default, and says so", () => {
    expect(ids(defaultFilters())).toHaveLength(3);
    expect(relationPredicate(defaultFilters()).passesAll).toBe(true);
  });

  it.each([
    [{ types: ["enemy" as const] }, ["iran-enemy-taliban"]],
    [{ types: [] }, []],
    [{ evidence: ["analysis" as const] }, ["iran-arms-taliban"]],
    [{ evidence: ["participant" as const] }, ["iran-cooperates-us"]],
    [{ source: "s1" }, ["iran-enemy-taliban", "iran-cooperates-us"]],
    // The same claim must match both: cooperates has a fact from s2 and a participant from s1.
    [{ source: "s1", evidence: ["fact" as const] }, ["iran-enemy-taliban"]],
    [{ source: "s2", evidence: ["fact" as const] }, ["iran-cooperates-us"]],
  ])("%j keeps %j", (change, expected) => {
    const filters = { ...defaultFilters(), ...change };
    expect(ids(filters)).toEqual(expected);
    expect(relationPredicate(filters).passesAll).toBe(false);
  });
});

describe("the snapshot's relations and the empty-year message", () => {
  it("lists the year's relations that pass", () => {
    const shown = (year: number, filters = defaultFilters()) => relationsOf(model, snapshotOf(model, { year, filters })).map((r) => r.id);
    expect(shown(2001)).toHaveLength(3);
    expect(shown(1998)).toEqual(["iran-enemy-taliban"]);
    expect(shown(1998, { ...defaultFilters(), types: ["ally"] })).toEqual([]);
  });

  it.each([
    [1985, 0, 0, "No relations recorded for 1985."],
    [2001, 0, 3, "No relations in 2001 match the filters."],
    [2001, 2, 3, null],
    [0, 0, 0, "No relations recorded for 0."],
  ])("year %i with %i shown of %i", (year, shown, present, expected) => {
    expect(emptyYearMessage(year, shown, present)).toBe(expected);
  });
});

describe("encodings", () => {
  it("gives every actor kind its own shape", () => {
    expect(new Set(ACTOR_KINDS.map((kind) => NODE_ENCODINGS[kind].shape)).size).toBe(ACTOR_KINDS.length);
  });

  it("tells every relation type apart without colour (dash, width and arrow)", () => {
    const looks = RELATION_TYPE_IDS.map((type) => {
      const { dash, width, arrow } = EDGE_ENCODINGS[type];
      return `${dash.join("-")}|${width}|${arrow}`;
    });
    expect(new Set(looks).size).toBe(RELATION_TYPE_IDS.length);
    expect(new Set(RELATION_TYPE_IDS.map((type) => EDGE_ENCODINGS[type].color)).size).toBe(RELATION_TYPE_IDS.length);
  });

  it("draws arrows exactly on directed types", () => {
    for (const type of RELATION_TYPE_IDS) expect(EDGE_ENCODINGS[type].arrow !== "none").toBe(RELATION_TYPES[type].directed);
  });

  it("draws friendly types solid and hostile ones broken", () => {
    for (const type of RELATION_TYPE_IDS) {
      const solid = EDGE_ENCODINGS[type].dash.length === 0;
      expect(solid).toBe(RELATION_TYPES[type].sign === 1);
    }
  });

  it("hides off-year and filtered-out elements, the filters last of all", () => {
    const sheet = canvasStylesheet();
    const last = [sheet.find((block) => block.selector === `.${VIEW_CLASSES.offYear}`), sheet.at(-1)].filter((block) => block !== undefined);
    expect(last.map((block) => block.selector)).toEqual([`.${VIEW_CLASSES.offYear}`, `.${VIEW_CLASSES.filteredOut}`]);
    expect(last.every((block) => block.style.display === "none")).toBe(true);
    expect(sheet.filter((block) => block.selector.startsWith("edge.type-"))).toHaveLength(RELATION_TYPE_IDS.length);
  });
});

describe("fitPositions", () => {
  it("centres and scales the positions into the box", () => {
    const fit = fitPositions([{ x: -100, y: -50 }, { x: 100, y: 50 }], 440, 240, 20);
    expect(fit.zoom).toBe(1.6); // capped: the raw fit would be 2
    expect(fit.pan).toEqual({ x: 220, y: 120 });
  });

  it("copes with no positions and a tiny box", () => {
    expect(fitPositions([], 100, 100, 10)).toEqual({ zoom: 1, pan: { x: 50, y: 50 } });
    expect(fitPositions([{ x: 1, y: 1 }], 10, 10, 10).zoom).toBe(1);
  });
});
