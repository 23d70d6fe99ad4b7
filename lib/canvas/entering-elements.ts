import type { CanvasDescription } from "./canvas-state";
import { edgeElementId, type GraphElement, nodeElementId, type Point } from "./elements";
import { memberTest } from "./mark";
import { MARK_RULES } from "./mark-rules";
import { VIEW_CLASSES } from "./stylesheet";

/**
 * The ids the canvas must hold to draw `next`: the year's actors and relations, and what a
 * revealing mark draws although the year hides it (pair lines, a comparison's other year).
 * Every other element may stay out of the renderer until a year needs it.
 */
export function neededElementIds(next: CanvasDescription): string[] {
  const needed: string[] = [];
  const year = next.marks.get(VIEW_CLASSES.offYear);
  if (year?.kind === "off-year") {
    for (const id of year.actors.present.get(year.year) ?? []) needed.push(nodeElementId(id));
    for (const id of year.relations.present.get(year.year) ?? []) needed.push(edgeElementId(id));
  }
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
  const missing = ids.filter((id) => !held.has(id) && all.has(id));
  if (missing.length === 0) return [];
  // Made once per call: the off-year test builds the year's set, the others are lookups.
  const tests = MARK_RULES.map((rule) => ({ className: rule.className, has: memberTest(next.marks.get(rule.className) ?? null) }));
  const entering: GraphElement[] = [];
  for (const id of missing) {
    const element = all.get(id);
    // An id twice in `ids` (a pair line revealed by two marks) enters once.
    if (element === undefined || held.has(id)) continue;
    held.add(id);
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
