import Link from "next/link";
import { currentModel, yearPlacesOf } from "@/lib/server";
import { unverifiedNotice } from "@/lib/view";
import { queryStringOf } from "@/lib/view-state";
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
  // The served dataset's header is rendered here; a dataset opened in the browser brings its own.
  return <DatasetShell builtIn={{ dataset, places: yearPlacesOf(model), header }} initialQuery={query} />;
}
