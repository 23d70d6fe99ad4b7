import fc from "fast-check";
import cytoscape, { type Core, type ElementDefinition, type StylesheetJsonBlock } from "cytoscape";
import { compareYears } from "@/lib/analysis";
import { applyCanvas, type CanvasDescription, canvasStylesheet, canvasUniverse, type CanvasHoldings, type CanvasState, describeCanvas, elementsById, emptyHoldings, graphElements, type ShrinkingCanvasTarget, syncCanvas, tidyCanvas, yearsKeptAround } from "@/lib/canvas";
import { defaultFilters } from "@/lib/filters";
import { viewModel as model } from "./view-fixture";

// Headless canvases over the view fixture, for the suites that check a canvas holding some
// elements against one holding every element.

export const all = graphElements(model);
export const byId = elementsById(all);
export const base: CanvasState = { year: 2001, filters: defaultFilters(), selection: null, comparison: null, triad: null, blocs: null, allActors: false, separateLines: false };
const style = canvasStylesheet() as unknown as StylesheetJsonBlock[];

export const emptyCy = (): Core => cytoscape({ headless: true, styleEnabled: true, style });
export const asTarget = (cy: Core) => cy as unknown as ShrinkingCanvasTarget;

/** A fresh canvas that opened on `state`, holding only what it needed. */
export function openedOn(state: CanvasState) {
  const cy = emptyCy();
  const held = emptyHoldings();
  const description = describeCanvas(model, state);
  syncCanvas(asTarget(cy), byId, held, null, description);
  return { cy, held, description };
}

/** A canvas holding every element, showing `state`. */
export function fullCanvas(state: CanvasState): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: all as unknown as ElementDefinition[], style });
  applyCanvas(cy, canvasUniverse(model), null, describeCanvas(model, state));
  return cy;
}

/** The descriptions of the state's neighbouring years, as the explorer readies them. */
export function neighboursOf(state: CanvasState): CanvasDescription[] {
  return yearsKeptAround(state.year, model.years)
    .filter((year) => year !== state.year)
    .map((year) => describeCanvas(model, { ...state, year }));
}

/** What is drawn: every visible element with its classes, and every drawn pair line's relations. */
export function drawn(cy: Core): Record<string, string> {
  const shown = cy.elements().filter((element) => element.style("display") !== "none");
  return Object.fromEntries(shown.map((element) => [element.id(), `${element.classes().sort().join(" ")} ${((element.data("relationIds") as string[] | undefined) ?? []).join(",")}`]));
}

const anyYear = fc.integer({ min: model.years.first - 1, max: model.years.last + 1 });

/** One thing a reader does: a year (or month), filters, a selection, a comparison, the toggles, and whether the canvas is tidied after. */
export const readerStep = fc.record({
  year: anyYear,
  types: fc.subarray([...defaultFilters().types]),
  selection: fc.constantFrom<CanvasState["selection"]>(null, { kind: "actor", id: "iran" }, { kind: "relation", id: "iran-cooperates-us" }, { kind: "pair", id: "iran|taliban" }),
  compare: fc.option(anyYear, { nil: null }),
  month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
  allActors: fc.boolean(),
  separateLines: fc.boolean(),
  tidy: fc.boolean(),
});

export type ReaderStep = typeof readerStep extends fc.Arbitrary<infer T> ? T : never;

/**
 * Plays the steps on a fresh canvas that takes elements as years need them (and, with `tidying`,
 * tidies where a step says so); `after` looks at it after each step. Returns it and the last state.
 */
export function played(steps: ReaderStep[], tidying: boolean, after: (cy: Core, held: CanvasHoldings) => void = () => undefined) {
  const cy = emptyCy();
  const held = emptyHoldings();
  let previous: CanvasDescription | null = null;
  let last = base;
  for (const s of steps) {
    last = { ...base, year: s.year, month: s.month, filters: { ...defaultFilters(), types: s.types }, selection: s.selection, comparison: s.compare === null || s.compare === s.year ? null : compareYears(model, s.year, s.compare), allActors: s.allActors, separateLines: s.separateLines };
    const next = describeCanvas(model, last);
    syncCanvas(asTarget(cy), byId, held, previous, next);
    if (tidying && s.tidy) tidyCanvas(asTarget(cy), byId, held, next, neighboursOf(last));
    previous = next;
    after(cy, held);
  }
  return { cy, last };
}
