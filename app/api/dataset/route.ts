import { cachedExport, cachedGzippedExport, currentModel, yearPlacesOf } from "@/lib/server";
import { packPlaces, type ServedDataset } from "@/lib/first-view";
import { acceptsGzip, PRECOMPRESSED_HEADER, precompressedBodiesHonoured } from "@/lib/server/http";

export const dynamic = "force-dynamic";

// Not a format of /api/snapshot: the whole served dataset as the page's model reads it, with its places.
const KEY = "served-dataset";

/** GET /api/dataset: every record of the served dataset and its per-year places (what a big dataset's page fetches after its first view). */
export function GET(request: Request): Response {
  const model = currentModel();
  const write = () => JSON.stringify({ dataset: model.dataset, places: packPlaces(yearPlacesOf(model)) } satisfies ServedDataset);
  const headers = { "Content-Type": "application/json", Vary: "Accept-Encoding" };
  if (precompressedBodiesHonoured() && acceptsGzip(request.headers.get("accept-encoding"))) {
    return new Response(cachedGzippedExport(model, KEY, write) as BodyInit, { headers: { ...headers, [PRECOMPRESSED_HEADER]: "gzip" } });
  }
  return new Response(cachedExport(model, KEY, write) as BodyInit, { headers });
}
