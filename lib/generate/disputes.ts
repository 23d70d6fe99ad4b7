import type { Actor, Claim, Dispute, Relation } from "../schema";
import type { Random } from "./random";
import { RELATION_TYPES, type RelationType } from "../vocabulary";

const CONTRADICTS: Record<-1 | 0 | 1, readonly RelationType[]> = { 1: ["enemy", "rival", "opposes"], 0: ["enemy", "ally"], [-1]: ["ally", "cooperates", "supports"] };

/**
 * Where sources contradict each other: mostly a contradicting relation over the same pair and
 * years (one source says allies, another enemies), sometimes two claims on one relation.
 */
export function makeDisputes(
  random: Random,
  relations: Relation[],
  count: number,
  actors: readonly Actor[],
  add: (a: number, b: number, type: RelationType, dates: Pick<Relation, "start" | "end">, avoid: ReadonlySet<string>) => Relation | null,
): Dispute[] {
  const index = new Map(actors.map((a, i) => [a.id, i]));
  const disputes: Dispute[] = [];
  const used = new Set<string>();
  const original = relations.length;
  for (let attempt = 0; disputes.length < count && attempt < count * 10 && original > 0; attempt += 1) {
    const relation = relations[random.int(0, original - 1)] as Relation;
    if (used.has(relation.id)) continue;
    const id = `dispute-${String(disputes.length + 1).padStart(4, "0")}`;
    if (relation.claims.length >= 2 && random.chance(0.3)) {
      const [a, b] = relation.claims as [Claim, Claim];
      used.add(relation.id);
      disputes.push({
        id,
        question: `When did the ${relation.type} relation between the two really begin?`,
        sides: [
          { relation: relation.id, source: a.source, position: "One account dates it as recorded." },
          { relation: relation.id, source: b.source, position: "Another account dates it differently." },
        ],
      });
      continue;
    }
    const sign = RELATION_TYPES[relation.type].sign;
    const type = random.pick(CONTRADICTS[sign]);
    // The contradicting claims come from sources other than the original's where possible.
    const counterpart = add(index.get(relation.source) ?? 0, index.get(relation.target) ?? 0, type, { start: relation.start, end: relation.end }, new Set(relation.claims.map((c) => c.source)));
    if (counterpart === null) continue;
    used.add(relation.id);
    used.add(counterpart.id);
    disputes.push({
      id,
      question: `Were they ${RELATION_TYPES[relation.type].label} or ${RELATION_TYPES[type].label}?`,
      sides: [
        { relation: relation.id, position: `${RELATION_TYPES[relation.type].label}` },
        { relation: counterpart.id, position: `${RELATION_TYPES[type].label}` },
      ],
    });
  }
  return disputes;
}
