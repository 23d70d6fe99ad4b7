import Link from "next/link";
import { currentModel } from "@/lib/server";
import { unverifiedNotice } from "@/lib/view";
import { Explorer } from "./_components/explorer/Explorer";

// Rendered per request for the CSP nonce (see app/layout.tsx); the view state lives in the query
// string and is read in the browser, so the server HTML is the same for every URL.
export default function HomePage() {
  const { dataset, years } = currentModel();
  const unverified = unverifiedNotice(dataset);
  return (
    <>
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
      <main>
        <Explorer dataset={dataset} />
      </main>
    </>
  );
}
