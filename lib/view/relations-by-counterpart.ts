import type { AllianceModel } from "../graph/alliance-model";
import type { Actor } from "../schema";
import type { YearSpan } from "../time/year-span";
import { describeRelationParts, type RelationDescription } from "./describe-relation";
import { findActor } from "./lookup";

export interface CounterpartRelation {
  description: RelationDescription;
  years: YearSpan;
  disputeIds: string[];
}

/** One row of an actor's timeline: everything between it and one counterpart. */
export interface CounterpartRow {
  counterpart: Actor;
  relations: CounterpartRelation[];
  /** The first year any of these relations holds, for ordering rows. */
  firstYear: number;
}

/**
 * The actor's relations grouped by the other actor, rows ordered by when the relationship
 * began (then by name), relations in a row by start, then end, then type.
 */
export function relationsByCounterpart(model: AllianceModel, actorId: string): CounterpartRow[] {
  if (!model.graph.hasNode(actorId)) return [];
  const rows = new Map<string, CounterpartRelation[]>();
  model.graph.forEachEdge(actorId, (edgeId, attributes, source, target) => {
    // A self-loop (an actor "against itself", as in a split) keeps the actor as its own counterpart.
    const counterpartId = source === actorId ? target : source;
    const list = rows.get(counterpartId) ?? [];
    list.push({ description: describeRelationParts(model, edgeId), years: attributes.years, disputeIds: attributes.disputes });
    rows.set(counterpartId, list);
  });
  const result: CounterpartRow[] = [];
  for (const [counterpartId, relations] of rows) {
    const counterpart = findActor(model, counterpartId);
    if (counterpart === null) continue;
    relations.sort(byYearsThenType);
    result.push({ counterpart, relations, firstYear: Math.min(...relations.map((r) => r.years.from)) });
  }
  return result.sort((a, b) => a.firstYear - b.firstYear || a.counterpart.name.localeCompare(b.counterpart.name));
}

function byYearsThenType(a: CounterpartRelation, b: CounterpartRelation): number {
  return a.years.from - b.years.from || a.years.to - b.years.to || a.description.relation.type.localeCompare(b.description.relation.type);
}
