import type { Metadata } from "next";
import Link from "next/link";
import { RequestedPath } from "./_components/not-found/RequestedPath";
import styles from "./not-found.module.css";

export const metadata: Metadata = { title: "Not found · Allegiances" };

/** Any path the app has no page for: say which, and lead back to the map. */
export default function NotFound() {
  return (
    <main className={styles.page}>
      <h1>Page not found</h1>
      <p>
        There is no page at <RequestedPath />.
      </p>
      <p>
        <Link href="/">← Back to the map</Link> or browse the <Link href="/sources">sources</Link>.
      </p>
    </main>
  );
}
