import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { describeChoice, figureCaption, captionLine } from "@/lib/figure/figure-caption";
import { describeFigure, selectionLabel } from "@/lib/figure/figure";
import { legendEntriesFor, legendSections } from "@/lib/figure/figure-legend";
import { EMPTY_FIGURE_MESSAGE, estimateTextWidth, fitScale, layoutFigure, wrapText } from "@/lib/figure/figure-layout";
import { embedSvg, figureSvg, glyphMarkup, svgRootSize } from "@/lib/figure/figure-svg";
import { pictureFileName } from "@/lib/export/formats";
import { EDGE_ENCODINGS, NODE_ENCODINGS } from "@/lib/canvas";
import { RELATION_TYPE_IDS } from "@/lib/vocabulary";
import { defaultFilters, type RelationFilters } from "@/lib/filters";
import { exportModel } from "./fixtures/export-model";

const parseXml = (text: string) => {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(text, "image/svg+xml");
  return { doc, errors };
};

describe("caption", () => {
  const all = defaultFilters();
  const cases: { name: string; filters: RelationFilters; extra?: object; scope: string; counts: string }[] = [
    { name: "defaults", filters: all, scope: "types: all · evidence: all · source: any", counts: "36 relations among 27 actors" },
    { name: "one type off", filters: { ...all, types: all.types.filter((t) => t !== "rival") }, scope: "types: all but rival · evidence: all · source: any", counts: "36 relations among 27 actors" },
    { name: "two types on", filters: { ...all, types: ["ally", "proxy-of"] }, scope: "types: ally, proxy of · evidence: all · source: any", counts: "36 relations among 27 actors" },
    { name: "no types", filters: { ...all, types: [] }, scope: "types: none · evidence: all · source: any", counts: "36 relations among 27 actors" },
    { name: "evidence and source", filters: { ...all, evidence: ["fact"], source: "s1" }, extra: { sourceTitle: "A <Title>" }, scope: "types: all · evidence: fact · source: A <Title>", counts: "36 relations among 27 actors" },
    { name: "unknown source title falls back to the id", filters: { ...all, source: "s9" }, scope: "types: all · evidence: all · source: s9", counts: "36 relations among 27 actors" },
    { name: "selection", filters: all, extra: { selection: "Iran" }, scope: "types: all · evidence: all · source: any", counts: "36 relations among 27 actors · selected: Iran" },
    { name: "singulars", filters: all, extra: { relationCount: 1, actorCount: 1 }, scope: "types: all · evidence: all · source: any", counts: "1 relation among 1 actor" },
  ];
  it.each(cases)("$name", ({ filters, extra, scope, counts }) => {
    const caption = figureCaption({ when: "2001", filters, relationCount: 36, actorCount: 27, ...extra });
    expect(caption).toEqual({ title: "Allegiances — 2001", scope, counts, credit: "Made with Allegiances" });
    expect(captionLine(caption)).toBe(`Allegiances — 2001 · ${scope} · ${counts}`);
  });

  it.each([
    { chosen: ["a", "b", "c"], expected: "all" },
    { chosen: [], expected: "none" },
    { chosen: ["c", "a"], expected: "all but b" },
    { chosen: ["b"], expected: "b" },
  ])("describeChoice($chosen) = $expected", ({ chosen, expected }) => {
    expect(describeChoice(["a", "b", "c"], chosen, (x) => x)).toBe(expected);
  });
});

describe("legend of what is shown", () => {
  it("lists shown types and kinds in vocabulary order, and the dispute mark only when a shown relation is disputed", () => {
    const shown = { relations: [{ id: "r2", type: "rival" as const }, { id: "r1", type: "ally" as const }], actors: [{ kind: "militia" as const }, { kind: "state" as const }, { kind: "state" as const }] };
    expect(legendEntriesFor(shown, () => false)).toEqual({ relationTypes: ["ally", "rival"], actorKinds: ["state", "militia"], disputed: false });
    expect(legendEntriesFor(shown, (id) => id === "r2").disputed).toBe(true);
  });

  it("draws each entry from the canvas encodings, leaving out empty sections", () => {
    const sections = legendSections({ relationTypes: ["ally", "supports"], actorKinds: [], disputed: true });
    expect(sections.map((s) => s.heading)).toEqual(["Relations", "Marks"]);
    const [ally, supports] = sections[0]!.items;
    expect(ally).toMatchObject({ kind: "edge", label: "ally", color: EDGE_ENCODINGS.ally.color, arrow: null, halo: null });
    expect(supports).toMatchObject({ kind: "edge", label: "supports (→)", color: EDGE_ENCODINGS.supports.color });
    expect(supports?.kind === "edge" && supports.arrow).toMatch(/^M/);
    expect(sections[1]!.items[0]).toMatchObject({ halo: expect.any(String) });
    const actors = legendSections({ relationTypes: [], actorKinds: ["state"], disputed: false });
    expect(actors).toEqual([{ heading: "Actors", items: [{ kind: "node", label: "State", color: NODE_ENCODINGS.state.color, path: expect.stringMatching(/^M/) }] }]);
  });

  it("describes a view of the fixture: caption counts match the snapshot, disputed relation marked", () => {
    const words = describeFigure(exportModel, { year: 2000, filters: defaultFilters(), selection: { kind: "actor", id: "a" } });
    // a-trains-b (1998, end not stated) continues unattested into 2000, so it is counted as on the map.
    expect(words.caption.counts).toBe('3 relations among 3 actors · selected: A & "Sons" <Ltd>');
    expect(words.legend.map((s) => s.heading)).toEqual(["Relations", "Actors", "Marks"]);
    expect(words.legend[0]!.items.map((i) => i.label)).toEqual(["ally", "trains (→)", "attacks (→)"]);
    const filtered = describeFigure(exportModel, { year: 2000, filters: { ...defaultFilters(), types: ["attacks"], source: "s2" }, selection: null });
    expect(filtered.caption.scope).toBe("types: attacks · evidence: all · source: Title s2");
    expect(filtered.legend.map((s) => s.heading)).toEqual(["Relations", "Actors"]);
  });

  it("carries a credit line with the view's link, printed under the caption", () => {
    const link = "https://allegiances.example/?year=2000&actor=a";
    const words = describeFigure(exportModel, { year: 2000, filters: defaultFilters(), selection: null }, link);
    expect(words.caption.credit).toBe(`Made with Allegiances · ${link}`);
    const layout = layoutFigure(words.caption, words.legend, { width: 900, height: 600 }, { width: 400, height: 300 });
    expect(layout.texts.map((t) => t.text).join(" ")).toContain("Made with Allegiances");
    expect(describeFigure(exportModel, { year: 2000, filters: defaultFilters(), selection: null }).caption.credit).toBe("Made with Allegiances");
  });

  it("counts the actors the map draws: those left without a shown relation only when all are asked for", () => {
    const onlyAttacks = { ...defaultFilters(), types: ["attacks" as const] };
    const hiding = describeFigure(exportModel, { year: 2000, filters: onlyAttacks, selection: null });
    const all = describeFigure(exportModel, { year: 2000, filters: onlyAttacks, selection: null, allActors: true });
    const count = (words: typeof hiding) => Number(/among (\d+) actors/.exec(words.caption.counts)?.[1]);
    expect(count(hiding)).toBeLessThan(count(all));
    expect(count(hiding)).toBe(2);
  });

  it.each([
    { selection: null, expected: null },
    { selection: { kind: "actor" as const, id: "b" }, expected: "B" },
    { selection: { kind: "actor" as const, id: "nobody" }, expected: null },
    { selection: { kind: "relation" as const, id: "b-attacks-c" }, expected: "B attacks C, 2000" },
    { selection: { kind: "relation" as const, id: "gone" }, expected: null },
  ])("selectionLabel($selection) = $expected", ({ selection, expected }) => {
    expect(selectionLabel(exportModel, selection)).toBe(expected);
  });
});

describe("layout", () => {
  const caption = figureCaption({ when: "2001", filters: defaultFilters(), relationCount: 2, actorCount: 3 });
  const legend = legendSections({ relationTypes: [...RELATION_TYPE_IDS], actorKinds: ["state", "international-organization"], disputed: true });

  it.each([
    { bounds: { width: 1000, height: 500 }, frame: { width: 548, height: 448 }, expected: 0.5 },
    { bounds: { width: 100, height: 400 }, frame: { width: 548, height: 448 }, expected: 1 },
    { bounds: { width: 10, height: 10 }, frame: { width: 548, height: 448 }, expected: 1.6 },
    { bounds: { width: 0, height: 0 }, frame: { width: 548, height: 448 }, expected: 1.6 },
  ])("fitScale($bounds in $frame) = $expected", ({ bounds, frame, expected }) => {
    expect(fitScale(bounds, frame)).toBeCloseTo(expected);
  });

  it("wraps by the width estimate, keeping over-long words whole", () => {
    expect(wrapText("aaa bbb ccc", estimateTextWidth("aaa bbb", 10), 10)).toEqual(["aaa bbb", "ccc"]);
    expect(wrapText("averyveryverylongword x", 10, 10)).toEqual(["averyveryverylongword", "x"]);
    expect(wrapText("", 100, 10)).toEqual([""]);
  });

  it("puts the caption above a frame of the canvas's size and the legend below, all inside the picture", () => {
    const layout = layoutFigure(caption, legend, { width: 900, height: 600 }, { width: 400, height: 300 });
    expect(layout.frame).toMatchObject({ width: 900, height: 600 });
    expect(layout.width).toBeGreaterThanOrEqual(900);
    expect(layout.graph).toEqual({ x: layout.frame.x + 250, y: layout.frame.y + 150, width: 400, height: 300 });
    const texts = layout.texts.map((t) => t.text);
    expect(texts.slice(0, 3)).toEqual([caption.title, caption.scope, caption.counts]);
    for (const t of layout.texts.slice(0, 3)) expect(t.y).toBeLessThan(layout.frame.y);
    expect(layout.glyphs).toHaveLength(RELATION_TYPE_IDS.length + 2 + 1);
    for (const g of layout.glyphs) {
      expect(g.y).toBeGreaterThan(layout.frame.y + layout.frame.height);
      expect(g.y).toBeLessThan(layout.height);
      expect(g.x).toBeLessThan(layout.width);
    }
    for (const t of layout.texts) expect(t.x + (t.anchor === "start" ? estimateTextWidth(t.text, t.size) : 0)).toBeLessThanOrEqual(layout.width + 1);
  });

  it("says so in the frame when nothing is shown", () => {
    const layout = layoutFigure(caption, [], { width: 500, height: 400 }, null);
    expect(layout.graph).toBeNull();
    expect(layout.texts.map((t) => t.text)).toContain(EMPTY_FIGURE_MESSAGE);
  });
});

describe("SVG picture", () => {
  const nasty = 'A & "Sons" <Ltd> \'x\'';
  const caption = figureCaption({ when: "2001", filters: { ...defaultFilters(), source: "s1" }, relationCount: 1, actorCount: 2, sourceTitle: nasty, selection: `${nasty}]]>` });
  const legend = legendSections({ relationTypes: ["ally", "attacks"], actorKinds: ["state"], disputed: true });
  const graph = `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="200" height="100"><defs/><g><text x="1" y="2">${"A &amp; B &lt;C&gt;"}</text></g></svg>`;

  it("reads the root size, in px or unitless", () => {
    expect(svgRootSize(graph)).toEqual({ width: 200, height: 100 });
    expect(svgRootSize(`<svg height='7.5px' data-x="a>b" width='3'>`)).toEqual({ width: 3, height: 7.5 });
    expect(svgRootSize("<svg>")).toBeNull();
    expect(svgRootSize("not svg")).toBeNull();
  });

  it("nests the graph document at its rect, scaling its own size into a viewBox", () => {
    const nested = embedSvg(graph, { x: 10, y: 20, width: 400, height: 200 });
    expect(nested.startsWith("<svg")).toBe(true);
    expect(nested).toContain('x="10" y="20" width="400" height="200" viewBox="0 0 200 100"');
    expect(nested.match(/width=/g)).toHaveLength(1);
    expect(() => embedSvg("<g/>", { x: 0, y: 0, width: 1, height: 1 })).toThrow(/no <svg> root/);
  });

  it("is well-formed XML with escaped caption text, a viewBox and the graph nested", () => {
    const layout = layoutFigure(caption, legend, { width: 600, height: 400 }, { width: 400, height: 200 });
    const svg = figureSvg(layout, caption, graph);
    const { doc, errors } = parseXml(svg);
    expect(errors).toEqual([]);
    const root = doc.documentElement!;
    expect(root.nodeName).toBe("svg");
    expect(root.getAttribute("width")).toBe(String(layout.width));
    expect(root.getAttribute("viewBox")).toBe(`0 0 ${layout.width} ${layout.height}`);
    expect(svg.match(/<\?xml/g)).toHaveLength(1);
    const texts = Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent);
    expect(texts).toContain(caption.title);
    expect(texts.join(" ")).toContain(`source: ${nasty}`);
    expect(texts.join(" ")).toContain(`selected: ${nasty}]]>`);
    expect(texts).toContain("A & B <C>");
    expect(doc.getElementsByTagName("title")[0]?.textContent).toBe(captionLine(caption));
    expect(doc.getElementsByTagName("svg")).toHaveLength(2);
  });

  it("draws glyphs as the swatches do: dashes, arrowheads, halos", () => {
    const [relations, actors, marks] = legend;
    const [ally, attacks] = relations!.items;
    expect(glyphMarkup(ally!)).not.toContain("stroke-dasharray");
    expect(glyphMarkup(ally!)).not.toContain("<path");
    expect(glyphMarkup(attacks!)).toMatch(/stroke-dasharray="7 2.8".*<path d="M/);
    expect(glyphMarkup(actors!.items[0]!)).toMatch(/^<path d="M[^"]+" fill="#4a6fa5"/);
    expect(glyphMarkup(marks!.items[0]!).match(/<line/g)).toHaveLength(2);
  });

  it("leaves the graph out and keeps the empty message when nothing is shown", () => {
    const layout = layoutFigure(caption, [], { width: 600, height: 400 }, null);
    const svg = figureSvg(layout, caption, null);
    expect(parseXml(svg).errors).toEqual([]);
    expect(svg).toContain(EMPTY_FIGURE_MESSAGE);
  });
});

describe("picture file names", () => {
  it.each([
    ["png", 2001, "allegiances-2001.png"],
    ["svg", 1996, "allegiances-1996.svg"],
  ] as const)("%s %d → %s", (ext, year, name) => {
    expect(pictureFileName(ext, year)).toBe(name);
  });
});
