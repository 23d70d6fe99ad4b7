import type { Problem } from "./problem";
import type { ParsedRecords } from "./records";

/**
 * A dispute's sides must point at distinct claims: a side pinned to a source needs that
 * relation to cite it, and two sides cannot name the same relation without telling its claims apart.
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
      }
      const key = `${side.relation}|${side.source ?? "*"}`;
      const sameRelationUnpinned = side.source === undefined && [...seen].some((other) => other.startsWith(`${side.relation}|`));
      if (seen.has(key) || sameRelationUnpinned || seen.has(`${side.relation}|*`)) {
        problems.push({ severity: "error", file, record: dispute.id, field: `sides[${index}]`, message: `side repeats relation "${side.relation}": sides on one relation must each pin a different claim with "source"` });
      }
      seen.add(key);
    });
  }
  return problems;
}
