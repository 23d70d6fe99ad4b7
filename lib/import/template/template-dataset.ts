import type { Dataset, Relation } from "../../schema";

/** How many relations the template shows: enough for every sheet to have an example, few enough to read. */
export const TEMPLATE_RELATIONS = 10;
const MAX_TEMPLATE_CLAIMS = 3;

/**
 * A few real rows of a dataset, still valid on their own: the first dispute's relations, two
 * relations with claims from two sources, then others that bring a new type or actor, with every actor they name (and
 * those actors' parents and predecessors) and every source (notes refer to sources by id).
 */
export function templateDataset(dataset: Dataset): Dataset {
  const chosen = new Map<string, Relation>();
  const byId = new Map(dataset.relations.map((relation) => [relation.id, relation]));
  const dispute = dataset.disputes.find((candidate) => candidate.sides.every((side) => byId.has(side.relation)));
  for (const side of dispute?.sides ?? []) chosen.set(side.relation, byId.get(side.relation) as Relation);
  // Short relations (few claims) read best; two sources on one relation show the claims sheet's point.
  const short = dataset.relations.filter((relation) => relation.claims.length <= MAX_TEMPLATE_CLAIMS);
  const twoSources = short.filter((relation) => new Set(relation.claims.map((claim) => claim.source)).size > 1).slice(0, 2);
  const seenTypes = new Set([...chosen.values()].map((relation) => relation.type));
  const seenActors = new Set([...chosen.values()].flatMap((relation) => [relation.source, relation.target]));
  for (const relation of [...twoSources, ...short]) {
    if (chosen.size >= TEMPLATE_RELATIONS) break;
    const adds = !seenTypes.has(relation.type) || !seenActors.has(relation.source) || !seenActors.has(relation.target);
    if (chosen.has(relation.id) || (!adds && !twoSources.includes(relation))) continue;
    chosen.set(relation.id, relation);
    seenTypes.add(relation.type);
    seenActors.add(relation.source).add(relation.target);
  }
  const relations = dataset.relations.filter((relation) => chosen.has(relation.id));
  const actorIds = new Set(relations.flatMap((relation) => [relation.source, relation.target, ...relation.claims.flatMap((claim) => (claim.speaker?.actor === undefined ? [] : [claim.speaker.actor]))]));
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const queue = [...actorIds];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    const actor = actorsById.get(id);
    for (const other of [actor?.parent, actor?.predecessor]) {
      if (other === undefined || actorIds.has(other)) continue;
      actorIds.add(other);
      queue.push(other);
    }
  }
  return {
    actors: dataset.actors.filter((actor) => actorIds.has(actor.id)),
    sources: dataset.sources,
    relations,
    disputes: dispute === undefined ? [] : [dispute],
    unverifiedSources: dataset.unverifiedSources,
  };
}
