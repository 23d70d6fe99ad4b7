import type { AllianceModel } from "../graph/alliance-model";
import type { Relation } from "../schema";
import { presentAt } from "../graph/time-index";
import { type RelationPredicate } from "../filters";

/**
 * The relations drawn once the filters apply, from the ids present in the year (which the caller
 * already holds: looking them up again would double the slider's one pass over the index).
 */
export function shownRelations(model: AllianceModel, presentIds: readonly string[], passes: RelationPredicate): Relation[] {
  return presentIds
    .map((id) => model.graph.getEdgeAttribute(id, "relation"))
    .filter((relation) => passes(relation));
}

/** The actors on the map in a year (filters hide relations, never actors). */
export function shownActorCount(model: AllianceModel, year: number): number {
  return presentAt(model.actorIndex, year).length;
}

/** What the canvas says when a year has no relation to draw; null when it has some. */
export function emptyYearMessage(year: number, shownCount: number, presentCount: number): string | null {
  if (shownCount > 0) return null;
  if (presentCount > 0) return `No relations in ${year} match the filters.`;
  return `No relations recorded for ${year}.`;
}
