import type { AllianceModel } from "../graph/alliance-model";
import { yearInsideSpan } from "./timeline";

/**
 * The main screen's URL with a relation selected, at a year the relation holds in: the
 * preferred year when given and inside the span, else the relation's first year.
 */
export function mapLinkForRelation(model: AllianceModel, relationId: string, preferredYear: number | null = null): string {
  const params = new URLSearchParams({ relation: relationId });
  if (model.graph.hasEdge(relationId)) {
    const span = model.graph.getEdgeAttribute(relationId, "years");
    params.set("year", String(preferredYear === null ? span.from : yearInsideSpan(span, preferredYear)));
  }
  return `/?${params.toString()}`;
}
