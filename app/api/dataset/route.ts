import { cachedExportResponse, currentModel, yearPlacesOf } from "@/lib/server";
import { packPlaces, type ServedDataset } from "@/lib/first-view";

export const dynamic = "force-dynamic";

// Not a format of /api/snapshot: the whole served dataset as the page's model reads it, with its places.
const KEY = "served-dataset";

/** GET /api/dataset: every record of the served dataset and its per-year places (what a big dataset's page fetches after its first view). */
export function GET(request: Request): Response {
  const model = currentModel();
  const write = () => JSON.stringify({ dataset: model.dataset, places: packPlaces(yearPlacesOf(model)) } satisfies ServedDataset);
  return cachedExportResponse(request, model, KEY, write, { "Content-Type": "application/json" });
}
