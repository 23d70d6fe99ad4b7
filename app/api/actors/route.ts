import { currentModel } from "@/lib/server";

export const dynamic = "force-dynamic";

/** GET /api/actors: every actor, with the years it is on the map. */
export function GET(): Response {
  const { dataset, graph } = currentModel();
  const actors = dataset.actors.map((actor) => ({ ...actor, years: graph.getNodeAttribute(actor.id, "years") }));
  return Response.json({ actors });
}
