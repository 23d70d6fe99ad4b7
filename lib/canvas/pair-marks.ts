import { type AllianceModel, edgesBetween } from "../graph";
import { pairKey } from "../graph/pair-key";
import type { CanvasState } from "./canvas-state";
import { edgeElementId, nodeElementId, pairElementId } from "./elements";
import type { Mark } from "./mark";
import type { PairLines } from "./pair-lines";

// The marks pair lines add: which lines are drawn, which relations they stand in for, and how a
// mark on a relation (selection, an actor's neighbourhood, a triad) reaches the line that draws it.

const shownMarks = new WeakMap<PairLines, Mark>();
const inLineMarks = new WeakMap<PairLines, Mark>();

/** The pair lines drawn in the year. */
export function pairShownMark(lines: PairLines): Mark {
  let mark = shownMarks.get(lines);
  if (mark === undefined) shownMarks.set(lines, (mark = { kind: "ids", ids: new Set(lines.keys()) }));
  return mark;
}

/** The relations drawn as part of a pair line, so not on their own. */
export function inPairLineMark(lines: PairLines): Mark {
  let mark = inLineMarks.get(lines);
  if (mark === undefined) {
    const members = new Set<string>();
    for (const line of lines.values()) for (const id of line.relationIds) members.add(edgeElementId(id));
    inLineMarks.set(lines, (mark = { kind: "ids", ids: members }));
  }
  return mark;
}

/** The element ids with the pair line of every relation among them added (a line not drawn is unaffected). */
export function withPairLines(model: AllianceModel, members: ReadonlySet<string>): Set<string> {
  const out = new Set(members);
  for (const id of members) {
    if (!id.startsWith("relation:")) continue;
    const relationId = id.slice("relation:".length);
    if (!model.graph.hasEdge(relationId)) continue;
    const [source, target] = model.graph.extremities(relationId);
    out.add(pairElementId(pairKey(source, target)));
  }
  return out;
}

/** What the selection outlines: the relation and its pair's line, every line of a pair, or the actor. */
export function selectedElements(model: AllianceModel, state: Pick<CanvasState, "selection">): Set<string> {
  const selection = state.selection;
  if (selection === null) return new Set();
  if (selection.kind === "actor") return new Set([nodeElementId(selection.id)]);
  if (selection.kind === "relation") return withPairLines(model, new Set([edgeElementId(selection.id)]));
  const members = new Set([pairElementId(selection.id)]);
  const [a = "", b = ""] = selection.id.split("|");
  for (const edge of edgesBetween(model.graph, a, b)) members.add(edgeElementId(edge));
  return members;
}
