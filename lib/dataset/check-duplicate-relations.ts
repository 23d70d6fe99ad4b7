import type { Relation } from "../schema";
import { relationYears } from "../time/year-span";
import type { Problem } from "./problem";
import type { ParsedRecords } from "./records";
import { relationTypeInfo } from "../vocabulary";

function pairKey(relation: Relation): string {
  const directed = relationTypeInfo(relation.type).directed;
  const [a, b] = directed || relation.source < relation.target ? [relation.source, relation.target] : [relation.target, relation.source];
  return `${a}|${relation.type}|${b}`;
}

/**
 * Two relations of one type between one pair whose years overlap are usually one relation
 * that should carry both claims. A warning: overlapping but distinct episodes do exist.
 */
export function checkDuplicateRelations(records: ParsedRecords, presentYear: number): Problem[] {
  const byPair = new Map<string, { relation: Relation; file: string }[]>();
  for (const { value, file } of records.relations) {
    const key = pairKey(value);
    byPair.set(key, [...(byPair.get(key) ?? []), { relation: value, file }]);
  }
  const problems: Problem[] = [];
  for (const group of byPair.values()) {
    group.forEach((later, index) => {
      const span = relationYears(later.relation, presentYear);
      const overlapping = group.slice(0, index).find(({ relation }) => {
        const other = relationYears(relation, presentYear);
        return other.from <= span.to && span.from <= other.to;
      });
      if (overlapping === undefined) return;
      problems.push({ severity: "warning", file: later.file, record: later.relation.id, field: "", message: `overlaps relation "${overlapping.relation.id}" (same actors and type, overlapping years): if both describe one relation, merge them into one with several claims` });
    });
  }
  return problems;
}
