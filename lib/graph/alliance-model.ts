import type { Dataset } from "../schema";
import { type DatasetYears, datasetYears } from "../time/dataset-years";
import { actorYears, type YearSpan } from "../time/year-span";
import { datasetAttestations } from "../time/dataset-attestations";
import { presenceYears } from "../time/attestation-periods";
import { type AllianceGraph, buildGraph } from "./build-graph";
import { buildTimeIndex, type TimeIndex } from "./time-index";

/** Everything derived once from a dataset: its years, its graph and its time indexes. */
export interface AllianceModel {
  dataset: Dataset;
  years: DatasetYears;
  graph: AllianceGraph;
  actorIndex: TimeIndex;
  relationIndex: TimeIndex;
}

/** What a part of a dataset (its first view) needs of its whole to read each year as the whole does. */
export interface WholeFrame {
  years: DatasetYears;
  /** Each actor's years on the map, which its relations in every year decide. */
  actorYears: Readonly<Record<string, YearSpan>>;
}

export function buildAllianceModel(dataset: Dataset, whole: WholeFrame | null = null): AllianceModel {
  const years = whole?.years ?? datasetYears(dataset);
  // The one rule of time (lib/time/attestation): attested years, then an unattested continuation.
  const attestations = datasetAttestations(dataset, years.last);
  const relationSpans = new Map<string, YearSpan>([...attestations].map(([id, attestation]) => [id, presenceYears(attestation)]));
  const actorSpans = whole === null ? actorPresence(dataset, relationSpans, years) : new Map(dataset.actors.map((actor) => [actor.id, whole.actorYears[actor.id] ?? { from: 0, to: -1 }]));
  const disputesByRelation = new Map<string, string[]>();
  for (const dispute of dataset.disputes) {
    for (const side of dispute.sides) {
      const list = disputesByRelation.get(side.relation) ?? [];
      if (!list.includes(dispute.id)) list.push(dispute.id);
      disputesByRelation.set(side.relation, list);
    }
  }
  return {
    dataset,
    years,
    graph: buildGraph(dataset, actorSpans, attestations, disputesByRelation),
    actorIndex: buildTimeIndex(actorSpans),
    relationIndex: buildTimeIndex(relationSpans),
  };
}

/**
 * An actor is on the map while alive, and always while one of its relations is active (so an
 * edge never lacks an end), clipped to the dataset's years so open lifespans stay finite.
 */
function actorPresence(dataset: Dataset, relationSpans: ReadonlyMap<string, YearSpan>, years: DatasetYears): Map<string, YearSpan> {
  const spans = new Map<string, YearSpan>();
  for (const actor of dataset.actors) {
    const alive = actorYears(actor);
    spans.set(actor.id, { from: Math.max(alive.from, years.first), to: Math.min(alive.to, years.last) });
  }
  for (const relation of dataset.relations) {
    const span = relationSpans.get(relation.id);
    if (span === undefined) continue;
    for (const id of [relation.source, relation.target]) {
      const current = spans.get(id);
      if (current === undefined) continue;
      const empty = current.from > current.to;
      spans.set(id, empty ? { ...span } : { from: Math.min(current.from, span.from), to: Math.max(current.to, span.to) });
    }
  }
  // An actor alive only outside the data's years never appears; park it on an empty span.
  return spans;
}
