import { jsonError } from "@/lib/server/http";
import { currentModel } from "@/lib/server";

export const dynamic = "force-dynamic";

/** GET /api/relations/<id>: the relation with its claims, the sources they cite, and its disputes. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const { dataset, graph } = currentModel();
  if (!graph.hasEdge(id)) return jsonError(404, `id: no relation "${id}"`);
  const { relation, years, disputes } = graph.getEdgeAttributes(id);
  const cited = new Set(relation.claims.map((claim) => claim.source));
  return Response.json({
    relation,
    years,
    sources: dataset.sources.filter((source) => cited.has(source.id)),
    disputes: dataset.disputes.filter((dispute) => disputes.includes(dispute.id)),
  });
}
