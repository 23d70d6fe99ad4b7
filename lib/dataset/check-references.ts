import type { Problem } from "./problem";
import type { ParsedRecords } from "./records";

/** Every actor, source and relation a record points at exists (or at least was defined, if invalid). */
export function checkReferences(records: ParsedRecords): Problem[] {
  const known = {
    actors: new Set([...records.actors.map((a) => a.value.id), ...records.invalidIds.actors]),
    sources: new Set([...records.sources.map((s) => s.value.id), ...records.invalidIds.sources]),
    relations: new Set([...records.relations.map((r) => r.value.id), ...records.invalidIds.relations]),
  };
  const problems: Problem[] = [];
  const expect = (kind: keyof typeof known, id: string, file: string, record: string, field: string) => {
    // A file that failed to parse would make every reference to its records look broken.
    if (records.unreadKinds.has(kind)) return;
    if (!known[kind].has(id)) {
      problems.push({ severity: "error", file, record, field, message: `unknown ${kind.slice(0, -1)} "${id}": expected the id of a record in ${kind === "relations" ? "data/relations/*.json" : `${kind}.json`}` });
    }
  };

  for (const { value: actor, file } of records.actors) {
    if (actor.parent !== undefined) expect("actors", actor.parent, file, actor.id, "parent");
    if (actor.predecessor !== undefined) expect("actors", actor.predecessor, file, actor.id, "predecessor");
    if (actor.parent === actor.id) problems.push({ severity: "error", file, record: actor.id, field: "parent", message: "an actor cannot be its own parent" });
    if (actor.predecessor === actor.id) problems.push({ severity: "error", file, record: actor.id, field: "predecessor", message: "an actor cannot be its own predecessor" });
  }
  for (const { value: relation, file } of records.relations) {
    expect("actors", relation.source, file, relation.id, "source");
    expect("actors", relation.target, file, relation.id, "target");
    if (relation.source === relation.target) {
      problems.push({ severity: "error", file, record: relation.id, field: "target", message: "a relation needs two different actors (target equals source)" });
    }
    relation.claims.forEach((claim, index) => {
      expect("sources", claim.source, file, relation.id, `claims[${index}].source`);
      if (claim.speaker?.actor !== undefined) expect("actors", claim.speaker.actor, file, relation.id, `claims[${index}].speaker.actor`);
    });
  }
  // The claims of a relation that failed its schema are still checked, as their quotes are.
  for (const { relation, file, index, claim } of records.strayClaims) {
    expect("sources", claim.source, file, relation, `claims[${index}].source`);
    if (claim.speaker?.actor !== undefined) expect("actors", claim.speaker.actor, file, relation, `claims[${index}].speaker.actor`);
  }
  for (const { value: dispute, file } of records.disputes) {
    dispute.sides.forEach((side, index) => {
      expect("relations", side.relation, file, dispute.id, `sides[${index}].relation`);
      if (side.source !== undefined) expect("sources", side.source, file, dispute.id, `sides[${index}].source`);
    });
  }
  for (const kind of records.unreadKinds) {
    if (kind === "disputes") continue;
    problems.push({ severity: "warning", file: kind === "relations" ? "relations/*.json" : `${kind}.json`, record: null, field: "", message: `references to ${kind} were not checked, because ${kind === "relations" ? "a relations file" : `${kind}.json`} could not be read (see above); fix it and run the validator again` });
  }
  return problems;
}
