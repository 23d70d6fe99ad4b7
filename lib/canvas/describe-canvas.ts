import type { AllianceModel } from "../graph";
import type { CanvasDescription, CanvasState } from "./canvas-state";
import { edgeElementId, linkedPairs, nodeElementId, pairElementId } from "./elements";
import { MARK_RULES } from "./mark-rules";
import { pairLinesOf } from "./pair-lines";

/** The map as a pure function of the model and the state: each class of the mark table and who carries it. */
export function describeCanvas(model: AllianceModel, state: CanvasState): CanvasDescription {
  return { marks: new Map(MARK_RULES.map((rule) => [rule.className, rule.describe(model, state)])), lines: pairLinesOf(model, state) };
}

const universes = new WeakMap<AllianceModel, readonly string[]>();

/** Every element id of the model's canvas (actors, relations, then pair lines), as the applier needs it. */
export function canvasUniverse(model: AllianceModel): readonly string[] {
  let ids = universes.get(model);
  if (ids === undefined) {
    const pairs = [...linkedPairs(model).keys()].map(pairElementId);
    universes.set(model, (ids = [...model.graph.nodes().map(nodeElementId), ...model.graph.edges().map(edgeElementId), ...pairs]));
  }
  return ids;
}
