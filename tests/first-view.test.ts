import cytoscape, { type Core, type StylesheetJsonBlock } from "cytoscape";
import { describe, expect, it } from "vitest";
import { type CanvasState, canvasStylesheet, describeCanvas, elementsById, emptyHoldings, graphElements, type GrowingCanvasTarget, syncCanvas } from "@/lib/canvas";
import { defaultFilters } from "@/lib/filters";
import { FIRST_VIEW_MIN_RELATIONS, firstViewOf, firstViewThreshold, packPlaces, unpackPlaces } from "@/lib/first-view";
import { generateDataset } from "@/lib/generate/generate-dataset";
import { type AllianceModel, buildAllianceModel } from "@/lib/graph";
import { currentModel } from "@/lib/server";
import { dataset, relation } from "./fixtures/builders";
import { snapshotOf } from "@/lib/snapshot";

// A big dataset's page carries one year; the explorer draws it, then the whole arrives and the
// same canvas carries on. Both must show exactly what the whole shows, in every year.

const style = canvasStylesheet() as unknown as StylesheetJsonBlock[];
const stateIn = (year: number): CanvasState => ({ year, filters: defaultFilters(), selection: null, comparison: null, triad: null, blocs: null, allActors: false, separateLines: false });

/** Every element on the canvas with its classes, data and visibility. */
function drawn(cy: Core): Record<string, string> {
  return Object.fromEntries(cy.elements().map((element) => [element.id(), `${element.style("display")} ${element.classes().sort().join(" ")} ${JSON.stringify(element.data())}`]));
}

/** The canvas of `year` drawn from the first view, then handed the whole (and, if asked, stepped to `next`). */
function continued(whole: AllianceModel, year: number, next: number = year) {
  const part = partOf(whole, year);
  const cy = cytoscape({ headless: true, styleEnabled: true, style });
  const held = emptyHoldings();
  const opening = describeCanvas(part, stateIn(year));
  syncCanvas(cy as unknown as GrowingCanvasTarget, elementsById(graphElements(part)), held, null, opening);
  const touched = syncCanvas(cy as unknown as GrowingCanvasTarget, elementsById(graphElements(whole)), held, opening, describeCanvas(whole, stateIn(next)));
  return { cy, touched };
}

function wholeOnly(whole: AllianceModel, year: number): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, style });
  syncCanvas(cy as unknown as GrowingCanvasTarget, elementsById(graphElements(whole)), emptyHoldings(), null, describeCanvas(whole, stateIn(year)));
  return cy;
}

/** The first view's model, as the page builds it. */
function partOf(whole: AllianceModel, year: number): AllianceModel {
  const first = firstViewOf(whole, year);
  return buildAllianceModel(first.dataset, first.whole);
}

const shipped = currentModel();
const generated = buildAllianceModel(generateDataset({ actors: 120, relations: 900, seed: "first-view", firstYear: 1990, years: 15 }));
const yearsOf = (model: AllianceModel) => Array.from({ length: model.years.last - model.years.first + 1 }, (_, i) => model.years.first + i);

describe.each([
  ["the shipped data", shipped],
  ["a generated dataset with disputes across years", generated],
])("firstViewOf, on %s", (_, whole) => {
  it("cuts out a year that reads as the whole reads it: the same actors, relations and continuations", () => {
    for (const year of yearsOf(whole)) {
      const part = partOf(whole, year);
      const [a, b] = [part, whole].map((model) => snapshotOf(model, { year, month: null, filters: defaultFilters() }));
      expect(a?.actorIds, `actors of ${year}`).toEqual(b?.actorIds);
      expect(a?.relationIds, `relations of ${year}`).toEqual(b?.relationIds);
      expect([...(a?.unattestedIds ?? [])].sort()).toEqual([...(b?.unattestedIds ?? [])].sort());
    }
  });

  it("keeps each relation and its claims but not their quotes, and marks each disputed exactly as the whole does", () => {
    for (const year of yearsOf(whole)) {
      const part = partOf(whole, year);
      for (const relation of part.dataset.relations) {
        const inWhole = whole.dataset.relations.find((r) => r.id === relation.id);
        expect(relation).toEqual({ ...inWhole, claims: inWhole?.claims.map((claim) => ({ ...claim, quote: "" })) });
        expect(part.graph.getEdgeAttribute(relation.id, "disputes")).toEqual(whole.graph.getEdgeAttribute(relation.id, "disputes"));
      }
    }
  });

  it("draws the year on a canvas that, handed the whole, changes nothing and shows what the whole alone shows", () => {
    for (const year of yearsOf(whole)) {
      const { cy, touched } = continued(whole, year);
      expect(touched, `changes on ${year}`).toBe(0);
      expect(drawn(cy)).toEqual(drawn(wholeOnly(whole, year)));
    }
  });

  it("then steps to the next year as a canvas of the whole would", () => {
    for (const year of yearsOf(whole).slice(0, -1)) {
      const fromPart = continued(whole, year, year + 1).cy;
      const fromWhole = wholeOnly(whole, year);
      syncCanvas(fromWhole as unknown as GrowingCanvasTarget, elementsById(graphElements(whole)), emptyHoldings(), null, describeCanvas(whole, stateIn(year + 1)));
      const visible = (cy: Core) => Object.fromEntries(Object.entries(drawn(cy)).filter(([, shown]) => !shown.startsWith("none")));
      expect(visible(fromPart), `${year} → ${year + 1}`).toEqual(visible(wholeOnly(whole, year + 1)));
    }
  });
});

describe("firstViewOf: what the page carries", () => {
  it("carries every actor and source, the year's relations only, and the whole's span and size", () => {
    const year = 2001;
    const first = firstViewOf(shipped, year);
    expect(first.dataset.actors).toBe(shipped.dataset.actors);
    expect(first.dataset.sources).toBe(shipped.dataset.sources);
    expect(first.dataset.relations.length).toBeGreaterThan(0);
    expect(first.dataset.relations.length).toBeLessThan(shipped.dataset.relations.length);
    expect(first.whole.years).toEqual(shipped.years);
    expect(first.whole.relations).toBe(shipped.dataset.relations.length);
    // The Northern Alliance's years run past its relations of 2001 (it had others before and after).
    expect(first.whole.actorYears["northern-alliance"]).toEqual(shipped.graph.getNodeAttribute("northern-alliance", "years"));
  });

  it("brings a disputed relation's other sides along, even from other years, and their disputes' other sides in turn", () => {
    // Was it an alliance in 2000 (r1) or enmity in 2003 (r2, disputed again by r3 of 2005)?
    const whole = buildAllianceModel(
      dataset({
        relations: [relation("r1", "a", "b", { start: "2000", end: "2000" }), relation("r2", "a", "b", { type: "enemy", start: "2003", end: "2003" }), relation("r3", "b", "c", { start: "2005", end: "2005" }), relation("r4", "a", "c", { start: "2000", end: "2000" })],
        disputes: [
          { id: "d1", question: "Allies or enemies?", sides: [{ relation: "r1", position: "allies" }, { relation: "r2", position: "enemies" }] },
          { id: "d2", question: "Which?", sides: [{ relation: "r2", position: "x" }, { relation: "r3", position: "y" }] },
        ],
      }),
    );
    const first = firstViewOf(whole, 2000);
    expect(first.dataset.relations.map((r) => r.id)).toEqual(["r1", "r2", "r3", "r4"]);
    expect(first.dataset.disputes.map((d) => d.id)).toEqual(["d1", "d2"]);
    expect(firstViewOf(whole, 2005).dataset.relations.map((r) => r.id)).toEqual(["r1", "r2", "r3"]);
  });
});

describe("packPlaces / unpackPlaces", () => {
  it("sends a record shared by several years once, and gives it back shared", () => {
    const shared = { iran: [1, 2] as const };
    const packed = packPlaces({ "2000": shared, "2001": shared, "2002": { iran: [3, 4] as const } });
    expect(packed.records).toHaveLength(2);
    const back = unpackPlaces(JSON.parse(JSON.stringify(packed)) as typeof packed);
    expect(back["2000"]).toBe(back["2001"]);
    expect(back).toEqual({ "2000": { iran: [1, 2] }, "2001": { iran: [1, 2] }, "2002": { iran: [3, 4] } });
  });

  it("names a year whose record is missing", () => {
    expect(() => unpackPlaces({ records: [], years: { "2001": 0 } })).toThrow(/first-view: places of 2001 point at record 0/);
  });
});

describe("firstViewThreshold", () => {
  it.each([
    [undefined, FIRST_VIEW_MIN_RELATIONS],
    ["", FIRST_VIEW_MIN_RELATIONS],
    ["100", 100],
    ["1", 1],
  ])("reads %j as %d", (setting, expected) => expect(firstViewThreshold(setting)).toBe(expected));

  it.each(["0", "-5", "2.5", "many"])("refuses %j, naming the setting", (setting) => {
    expect(() => firstViewThreshold(setting)).toThrow(/ALLEGIANCES_FIRST_VIEW_MIN_RELATIONS must be a whole number/);
  });
});
