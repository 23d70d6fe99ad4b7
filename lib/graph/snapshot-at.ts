import type { Actor, Relation } from "../schema";
import type { AllianceModel } from "./alliance-model";
import { presentAt } from "./time-index";

export interface Snapshot {
  year: number;
  actors: Actor[];
  relations: Relation[];
}

/**
 * The actors on the map and the relations active in `year`. A year outside the data's range
 * gives an empty snapshot rather than an error: the caller decides what to say about it.
 */
export function snapshotAt(model: AllianceModel, year: number): Snapshot {
  const actors = presentAt(model.actorIndex, year).map((id) => model.graph.getNodeAttribute(id, "actor"));
  const relations = presentAt(model.relationIndex, year).map((id) => model.graph.getEdgeAttribute(id, "relation"));
  return { year, actors, relations };
}
