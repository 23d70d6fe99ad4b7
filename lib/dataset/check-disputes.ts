import type { Claim, DisputeSide } from "../schema";
import type { Problem } from "./problem";
import type { ParsedRecords } from "./records";

const pinned = (claims: readonly Claim[], side: DisputeSide) =>
  claims.filter((claim) => (side.source === undefined || claim.source === side.source) && (side.quote === undefined || claim.quote.startsWith(side.quote)));

/**
 * A dispute's sides must point at distinct claims: a side pinned to a source (and quote) needs
 * that relation to cite it, and two sides cannot name the same relation without telling its claims apart.
 */
export function checkDisputes(records: ParsedRecords): Problem[] {
  const relations = new Map(records.relations.map(({ value }) => [value.id, value]));
  const problems: Problem[] = [];
  for (const { value: dispute, file } of records.disputes) {
    const seen = new Set<string>();
    dispute.sides.forEach((side, index) => {
      const relation = relations.get(side.relation);
      if (relation !== undefined && side.source !== undefined && !relation.claims.some((claim) => claim.source === side.source)) {
        problems.push({ severity: "error", file, record: dispute.id, field: `sides[${index}].source`, message: `relation "${side.relation}" has no claim from source "${side.source}"` });
      } else if (relation !== undefined && side.quote !== undefined && pinned(relation.claims, side).length !== 1) {
        const found = pinned(relation.claims, side).length;
        problems.push({ severity: "error", file, record: dispute.id, field: `sides[${index}].quote`, message: `${found === 0 ? "no claim" : `${found} claims`} of relation "${side.relation}"${side.source === undefined ? "" : ` from "${side.source}"`} begin with these words: a quote pin must pick exactly one` });
      }
      const key = `${side.relation}|${side.source ?? "*"}|${side.quote ?? "*"}`;
      const sameRelationUnpinned = side.source === undefined && side.quote === undefined && [...seen].some((other) => other.startsWith(`${side.relation}|`));
      if (seen.has(key) || sameRelationUnpinned || seen.has(`${side.relation}|*|*`)) {
        problems.push({ severity: "error", file, record: dispute.id, field: `sides[${index}]`, message: `side repeats relation "${side.relation}": sides on one relation must each pin a different claim with "source" (and "quote")` });
      }
      seen.add(key);
    });
  }
  return problems;
}
