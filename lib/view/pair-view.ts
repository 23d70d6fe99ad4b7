import type { RelationFilters } from "../filters";
import type { AllianceModel } from "../graph/alliance-model";
import { edgesBetween } from "../graph/edges-between";
import type { Actor } from "../schema";
import { pairsOf, type PairTone, snapshotOf } from "../snapshot";
import { holdsIn } from "../time/attestation-periods";
import { momentLabel } from "../time/moment";
import { relationTypeInfo } from "../vocabulary/vocabulary";
import { findActor } from "./lookup";
import { type RelationRow, relationRows } from "./relation-rows";

/** One pair of actors in one year: what the pair panel lists. */
export interface PairView {
  key: string;
  actors: readonly [Actor, Actor];
  year: number;
  /** The month shown in month mode, else null. */
  month: number | null;
  /** "2001", "October 2001". */
  when: string;
  /** The pair's relations shown in the year: friendly first, then neutral, then hostile, each by start. */
  rows: RelationRow[];
  tone: PairTone | null;
  /** The pair's relations in the data's other years (the dyad view tells them). */
  otherRelations: number;
  /** Relations the filters hide in this year. */
  filteredOut: number;
  /** The rows no source attests in the year: continuations since their last attested date. */
  unattested: ReadonlySet<string>;
}

/** The pair panel's content, or null when the key does not name two actors of the data. */
export function pairView(model: AllianceModel, key: string, year: number, filters: RelationFilters, month: number | null = null): PairView | null {
  const [a, b] = key.split("|");
  const first = a === undefined ? null : findActor(model, a);
  const second = b === undefined ? null : findActor(model, b);
  if (first === null || second === null) return null;
  const snapshot = snapshotOf(model, { year, month, filters });
  const pair = pairsOf(model, snapshot).get(key);
  const shownIds = pair?.relationIds ?? [];
  const relations = shownIds.map((id) => model.graph.getEdgeAttribute(id, "relation"));
  const rows = relationRows(model, relations).sort(byToneThenStart);
  const all = edgesBetween(model.graph, first.id, second.id);
  const presentHere = all.filter((id) => holdsIn(model.graph.getEdgeAttribute(id, "attestation"), { year, month })).length;
  return {
    key,
    actors: [first, second],
    year,
    month,
    when: momentLabel({ year, month }),
    rows,
    tone: pair?.tone ?? null,
    otherRelations: all.length - presentHere,
    filteredOut: presentHere - shownIds.length,
    unattested: new Set(shownIds.filter((id) => snapshot.unattestedIds.has(id))),
  };
}

const SIGN_ORDER = { 1: 0, 0: 1, [-1]: 2 } as const;

function byToneThenStart(a: RelationRow, b: RelationRow): number {
  const bySign = SIGN_ORDER[relationTypeInfo(a.description.relation.type).sign] - SIGN_ORDER[relationTypeInfo(b.description.relation.type).sign];
  if (bySign !== 0) return bySign;
  const [x, y] = [a.description.relation.start, b.description.relation.start];
  return x < y ? -1 : x > y ? 1 : 0;
}
