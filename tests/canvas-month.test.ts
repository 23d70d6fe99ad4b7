import cytoscape, { type Core, type ElementDefinition, type StylesheetJsonBlock } from "cytoscape";
import { describe, expect, it } from "vitest";
import { applyCanvas, canvasStylesheet, canvasUniverse, describeCanvas, graphElements, type CanvasState } from "@/lib/canvas";
import { defaultFilters } from "@/lib/filters";
import { currentModel } from "@/lib/server";

// Month mode on a real (headless) Cytoscape: the month's relations drawn, the rest of the year hidden,
// and stepping a month touches only what the two months differ by.
const model = currentModel();
const universe = canvasUniverse(model);
const base: CanvasState = { year: 2001, filters: defaultFilters(), selection: null, comparison: null, triad: null, blocs: null, allActors: false, separateLines: true };
const freshCy = (): Core => cytoscape({ headless: true, styleEnabled: true, elements: graphElements(model) as unknown as ElementDefinition[], style: canvasStylesheet() as unknown as StylesheetJsonBlock[] });
const drawn = (cy: Core, id: string) => cy.getElementById(`relation:${id}`).style("display") !== "none";

describe("the map in month mode", () => {
  it("draws September's refusal in September, October's cooperation in October, and the year-precise talks in both", () => {
    const cy = freshCy();
    const september = describeCanvas(model, { ...base, month: 9 });
    applyCanvas(cy, universe, null, september);
    expect(drawn(cy, "iran-opposes-united-states-2001")).toBe(true);
    expect(drawn(cy, "iran-cooperates-united-states-2001")).toBe(false);
    expect(drawn(cy, "iran-negotiates-united-states-2001")).toBe(true);
    const touched = applyCanvas(cy, universe, september, describeCanvas(model, { ...base, month: 10 }));
    expect(drawn(cy, "iran-opposes-united-states-2001")).toBe(false);
    expect(drawn(cy, "iran-cooperates-united-states-2001")).toBe(true);
    expect(drawn(cy, "iran-negotiates-united-states-2001")).toBe(true);
    // A month step touches what changed, not the whole graph.
    expect(touched).toBeLessThan(cy.elements().length / 4);
  });

  it("leaves month mode for the whole year, where every relation of 2001 is drawn again", () => {
    const cy = freshCy();
    const october = describeCanvas(model, { ...base, month: 10 });
    applyCanvas(cy, universe, null, october);
    applyCanvas(cy, universe, october, describeCanvas(model, base));
    expect(drawn(cy, "iran-opposes-united-states-2001")).toBe(true);
    expect(drawn(cy, "iran-cooperates-united-states-2001")).toBe(true);
  });
});
