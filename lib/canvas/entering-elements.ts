import type { CanvasDescription } from "./canvas-state";
import { edgeElementId, type GraphElement, nodeElementId, type Point } from "./elements";
import { type Mark, memberTest } from "./mark";
import { MARK_RULES } from "./mark-rules";
import { VIEW_CLASSES } from "./stylesheet";

/** What a canvas holds: the element ids it has, and the years whose actors and relations all entered. */
export interface CanvasHoldings {
  ids: Set<string>;
  years: Set<number>;
}

export const emptyHoldings = (): CanvasHoldings => ({ ids: new Set(), years: new Set() });

/** The year a description shows (its off-year mark's), or null without one. */
export function yearShown(description: CanvasDescription): number | null {
  const mark = description.marks.get(VIEW_CLASSES.offYear);
  return mark?.kind === "off-year" ? mark.year : null;
}

/** The element ids of a year's actors and relations, as the off-year mark's time indexes list them. */
export function yearElementIds(mark: Extract<Mark, { kind: "off-year" }>, year: number): string[] {
  return [...(mark.actors.present.get(year) ?? []).map(nodeElementId), ...(mark.relations.present.get(year) ?? []).map(edgeElementId)];
}

/**
 * The ids the canvas must hold to draw `next`: the year's actors and relations (unless the year
 * entered before: a step back to it lists nothing), and what a revealing mark draws although the
 * year hides it (pair lines, a comparison's other year), which filters and marks change.
 */
export function neededElementIds(next: CanvasDescription, enteredYears: ReadonlySet<number>): string[] {
  const needed: string[] = [];
  const year = next.marks.get(VIEW_CLASSES.offYear);
  if (year?.kind === "off-year" && !enteredYears.has(year.year)) needed.push(...yearElementIds(year, year.year));
  for (const rule of MARK_RULES) {
    const mark = next.marks.get(rule.className);
    if (rule.reveals === true && mark?.kind === "ids") needed.push(...mark.ids);
  }
  return needed;
}

/**
 * The elements of `ids` the canvas lacks (`held` says which it has, and is updated), each carrying
 * every class `next` gives it and, for a pair line, its line's data, so the renderer styles each
 * once. An actor enters at `placeOf` its place, where one is known.
 */
export function enteringElements(
  all: ReadonlyMap<string, GraphElement>,
  ids: readonly string[],
  next: CanvasDescription,
  held: Set<string>,
  placeOf: (actorId: string) => Point | undefined = () => undefined,
): GraphElement[] {
  const entering: GraphElement[] = [];
  // Made on the first element that enters: the off-year test builds the year's set.
  let tests: { className: string; has: (id: string) => boolean }[] | null = null;
  for (const id of ids) {
    const element = all.get(id);
    // Held already, or listed twice (a pair line revealed by two marks).
    if (element === undefined || held.has(id)) continue;
    held.add(id);
    tests ??= MARK_RULES.map((rule) => ({ className: rule.className, has: memberTest(next.marks.get(rule.className) ?? null) }));
    const classes = [element.classes, ...tests.filter((test) => test.has(id)).map((test) => test.className)].join(" ");
    if (element.group === "nodes") {
      const place = placeOf(element.data.actorId);
      entering.push({ ...element, classes, position: place === undefined ? element.position : { ...place } });
    } else if ("pair" in element.data) {
      const line = next.lines.get(id);
      entering.push({ ...element, classes, data: line === undefined ? element.data : { ...element.data, ...line } });
    } else entering.push({ ...element, classes });
  }
  return entering;
}

/** The canvas's elements by id, for `enteringElements`. */
export function elementsById(elements: readonly GraphElement[]): Map<string, GraphElement> {
  return new Map(elements.map((element) => [element.data.id, element]));
}
