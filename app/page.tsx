import Link from "next/link";
import { firstViewOf, firstViewThreshold } from "@/lib/first-view";
import { currentModel, yearPlacesOf } from "@/lib/server";
import { unverifiedNotice } from "@/lib/view";
import { parseViewState, queryStringOf, viewContextOf } from "@/lib/view-state";
import { DatasetShell } from "./_components/open-dataset/DatasetShell";

// Rendered per request (for the CSP nonce, see app/layout.tsx), so the server reads the query too:
// a deep link (/?year=2018) is drawn in its own year from the first frame.
export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const model = currentModel();
  const { dataset, years } = model;
  const query = queryStringOf(await searchParams);
  const unverified = unverifiedNotice(dataset);
  const header = (
    <header className="site-header">
      <h1>Allegiances</h1>
      <p className="site-counts" data-testid="counts">
        {dataset.actors.length} actors, {dataset.relations.length} relations, {dataset.sources.length} sources, {years.first}–{years.last}
        <span aria-hidden="true"> · </span>
        <Link href="/sources">Sources</Link>
      </p>
      {unverified === null ? null : (
        <p className="site-warning" role="status" data-testid="unverified-notice">
          {unverified}
        </p>
      )}
    </header>
  );
  const places = yearPlacesOf(model);
  // A big dataset's page carries the link's year only; the explorer fetches the rest once it is drawn.
  if (dataset.relations.length >= firstViewThreshold(process.env.ALLEGIANCES_FIRST_VIEW_MIN_RELATIONS)) {
    const year = parseViewState(query, viewContextOf(model)).state.year;
    const first = firstViewOf(model, year);
    const yearPlaces = places[String(year)];
    return <DatasetShell builtIn={{ dataset: first.dataset, places: yearPlaces === undefined ? {} : { [String(year)]: yearPlaces }, header, whole: first.whole }} initialQuery={query} />;
  }
  // The served dataset's header is rendered here; a dataset opened in the browser brings its own.
  return <DatasetShell builtIn={{ dataset, places, header, whole: null }} initialQuery={query} />;
}
