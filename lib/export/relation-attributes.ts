import type { Relation } from "../schema";
import { relationTypeInfo } from "../vocabulary/vocabulary";
import type { SnapshotRecords } from "../snapshot";

// The snapshot's unverified sources as a set, made once per snapshot (an export asks per relation).
const unverifiedSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function unverifiedSet(snapshot: SnapshotRecords): ReadonlySet<string> {
  let set = unverifiedSets.get(snapshot.unverifiedSources);
  if (set === undefined) {
    set = new Set(snapshot.unverifiedSources);
    unverifiedSets.set(snapshot.unverifiedSources, set);
  }
  return set;
}

/** The per-relation columns GEXF and GraphML both write, as strings ready for XML. */
export function relationAttributes(relation: Relation, snapshot: SnapshotRecords) {
  const info = relationTypeInfo(relation.type);
  const unverified = unverifiedSet(snapshot);
  const first = relation.claims[0];
  return {
    type: relation.type,
    directed: String(info.directed),
    sign: String(info.sign),
    start: relation.start,
    end: relation.end,
    evidence_count: String(relation.claims.length),
    source_count: String(new Set(relation.claims.map((c) => c.source)).size),
    first_quote: first?.quote,
    first_source: first?.source,
    disputed: String(snapshot.relationDisputes(relation.id).length > 0),
    // False when any of its quotes was not checked against its source text (ALLEGIANCES_UNVERIFIED=1).
    quotes_verified: String(relation.claims.every((claim) => !unverified.has(claim.source))),
  };
}
