import type { AllianceModel, WholeFrame } from "../graph";
import { defaultFilters } from "../filters";
import type { Dataset, Relation } from "../schema";
import { snapshotOf } from "../snapshot";

/** A dataset's first view: what the page carries, so the opening year is drawn before the rest arrives. */
export interface FirstView {
  /**
   * Every actor and source, the relations present in `year` and their disputes; each claim without
   * its quote (40% of the bytes), which only the panels and exports show, and they wait for the whole.
   */
  dataset: Dataset;
  /** What the part is read in (the whole's years, each actor's years), the whole's size, and the year it shows. */
  whole: WholeFrame & { relations: number; year: number };
}

/**
 * The part of a dataset that draws one year exactly as the whole would: its present relations
 * (quotes withheld), and every relation a dispute ties to them (so each is marked disputed as it will be),
 * with every actor and source (names for search, sources for the filters), and each actor's years
 * (the span of all its relations, which one year's relations cannot give). Cut from the model.
 */
export function firstViewOf(model: AllianceModel, year: number): FirstView {
  const { dataset } = model;
  const kept = new Set(snapshotOf(model, { year, month: null, filters: defaultFilters() }).presentRelationIds);
  // A dispute's sides can lie in other years; they come along until no dispute adds one.
  let grew = true;
  while (grew) {
    grew = false;
    for (const dispute of dataset.disputes) {
      if (!dispute.sides.some((side) => kept.has(side.relation))) continue;
      for (const side of dispute.sides) {
        if (kept.has(side.relation)) continue;
        kept.add(side.relation);
        grew = true;
      }
    }
  }
  return {
    dataset: {
      actors: dataset.actors,
      sources: dataset.sources,
      relations: dataset.relations.filter((relation) => kept.has(relation.id)).map(withoutQuotes),
      disputes: dataset.disputes.filter((dispute) => dispute.sides.some((side) => kept.has(side.relation))),
      unverifiedSources: dataset.unverifiedSources,
    },
    whole: { year, years: model.years, actorYears: Object.fromEntries(dataset.actors.map((actor) => [actor.id, model.graph.getNodeAttribute(actor.id, "years")])), relations: dataset.relations.length },
  };
}

function withoutQuotes(relation: Relation): Relation {
  return { ...relation, claims: relation.claims.map((claim) => ({ ...claim, quote: "" })) };
}
