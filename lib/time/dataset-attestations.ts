import type { Dataset } from "../schema";
import { type Attestation, attestationOf } from "./attestation";

/** The attestation of every relation of a dataset (see attestationOf), by relation id. */
export function datasetAttestations(dataset: Pick<Dataset, "actors" | "sources" | "relations">, present: number): Map<string, Attestation> {
  // A retelling reports what its original reported, when the original did.
  const reportDates = new Map(dataset.sources.map((source) => [source.id, source.reportsOn?.published.date ?? source.published.date]));
  const actorEnds = new Map<string, string>();
  for (const actor of dataset.actors) {
    const end = actor.lifespan?.end;
    if (end !== undefined && end !== "ongoing" && end !== "unknown") actorEnds.set(actor.id, end);
  }
  const byPair = new Map<string, Dataset["relations"]>();
  const pairOf = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const relation of dataset.relations) {
    const key = pairOf(relation.source, relation.target);
    const list = byPair.get(key);
    if (list === undefined) byPair.set(key, [relation]);
    else list.push(relation);
  }
  const facts = { present, reportDate: (id: string) => reportDates.get(id), actorEnd: (id: string) => actorEnds.get(id) ?? null };
  return new Map(dataset.relations.map((relation) => [relation.id, attestationOf(relation, { ...facts, pairRelations: byPair.get(pairOf(relation.source, relation.target)) ?? [] })]));
}
