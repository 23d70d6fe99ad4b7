import type { AllianceModel } from "../graph/alliance-model";
import type { Relation } from "../schema";
import { describeRelationParts, type RelationDescription } from "./describe-relation";
import { relationDisputeIds } from "./lookup";
import { distinctSourceCount } from "./source-usage";

/** One line of the relation table: who, what, whom, when, on how many sources, disputed or not. */
export interface RelationRow {
  id: string;
  description: RelationDescription;
  sourceCount: number;
  disputed: boolean;
}

export type RelationSortKey = "source" | "type" | "target" | "span" | "sources" | "disputed";
export type SortDirection = "ascending" | "descending";

export function relationRows(model: AllianceModel, relations: readonly Relation[]): RelationRow[] {
  return relations
    .filter((relation) => model.graph.hasEdge(relation.id))
    .map((relation) => ({
      id: relation.id,
      description: describeRelationParts(model, relation.id),
      sourceCount: distinctSourceCount(relation.claims),
      disputed: relationDisputeIds(model, relation.id).length > 0,
    }));
}

const COMPARE: Record<RelationSortKey, (a: RelationRow, b: RelationRow) => number> = {
  source: (a, b) => a.description.source.name.localeCompare(b.description.source.name),
  type: (a, b) => a.description.typeLabel.localeCompare(b.description.typeLabel),
  target: (a, b) => a.description.target.name.localeCompare(b.description.target.name),
  span: (a, b) => a.description.span.years.from - b.description.span.years.from || a.description.span.years.to - b.description.span.years.to,
  sources: (a, b) => a.sourceCount - b.sourceCount,
  disputed: (a, b) => Number(a.disputed) - Number(b.disputed),
};

/** A sorted copy; ties keep a stable, readable order (who, then whom, then id). */
export function sortRelationRows(rows: readonly RelationRow[], key: RelationSortKey, direction: SortDirection): RelationRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  const tieBreak = (a: RelationRow, b: RelationRow) => COMPARE.source(a, b) || COMPARE.target(a, b) || a.id.localeCompare(b.id);
  return [...rows].sort((a, b) => sign * COMPARE[key](a, b) || tieBreak(a, b));
}
