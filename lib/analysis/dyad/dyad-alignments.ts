import type { AllianceModel } from "../../graph/alliance-model";
import { relationTypeInfo } from "../../vocabulary/vocabulary";
import type { YearSpan } from "../../time/year-span";

/** One of a pair sided with a third actor while that actor and the other one were at odds (either way round). */
export interface DyadAlignment {
  /** The one of the pair who sided with the third actor. */
  side: string;
  /** The other one of the pair, at odds with the third actor. */
  against: string;
  third: string;
  /** Relation ids, in index order: `side`'s friendly relations with `third`, and the hostile ones between `third` and `against`, that overlapped. */
  friendly: string[];
  hostile: string[];
  /** From the first to the last year in which a friendly and a hostile relation both held. */
  years: YearSpan;
}

/**
 * "The enemy of my enemy" around a pair: every third actor one of the two sided with while it and
 * the other were at odds, in overlapping years (Iran cooperating with the US in 2001 while the US
 * was at war with the Taliban). Ordered by the first overlapping year, then by names.
 */
export function dyadAlignments(model: Pick<AllianceModel, "graph">, a: string, b: string): DyadAlignment[] {
  if (!model.graph.hasNode(a) || !model.graph.hasNode(b) || a === b) return [];
  const alignments = [...alignmentsOf(model, a, b), ...alignmentsOf(model, b, a)];
  return alignments.sort((x, y) => x.years.from - y.years.from || x.side.localeCompare(y.side) || x.third.localeCompare(y.third));
}

/** One alignment per third actor: the overlapping relation pairs of `side` and `against` merged. */
function alignmentsOf(model: Pick<AllianceModel, "graph">, side: string, against: string): DyadAlignment[] {
  const { graph } = model;
  const found = new Map<string, DyadAlignment>();
  for (const friendly of graph.edges(side)) {
    const { relation, years } = graph.getEdgeAttributes(friendly);
    if (relationTypeInfo(relation.type).sign !== 1) continue;
    const third = relation.source === side ? relation.target : relation.source;
    if (third === against || third === side) continue;
    for (const hostile of edgesBetween(model, third, against)) {
      const other = graph.getEdgeAttributes(hostile);
      if (relationTypeInfo(other.relation.type).sign !== -1) continue;
      const from = Math.max(years.from, other.years.from);
      const to = Math.min(years.to, other.years.to);
      if (from > to) continue;
      const alignment = found.get(third) ?? { side, against, third, friendly: [], hostile: [], years: { from, to } };
      if (!alignment.friendly.includes(friendly)) alignment.friendly.push(friendly);
      if (!alignment.hostile.includes(hostile)) alignment.hostile.push(hostile);
      alignment.years = { from: Math.min(alignment.years.from, from), to: Math.max(alignment.years.to, to) };
      found.set(third, alignment);
    }
  }
  return [...found.values()];
}

/** Every relation between two actors, whichever way it points. */
function edgesBetween(model: Pick<AllianceModel, "graph">, x: string, y: string): string[] {
  return [...new Set([...model.graph.edges(x, y), ...model.graph.edges(y, x)])];
}
