import Link from "next/link";
import type { Source } from "@/lib/schema";
import { formatPublished, safeExternalUrl } from "@/lib/view";
import styles from "./SourceCitation.module.css";

/**
 * A source named in full: title, outlet, author, date (approx. marked), a link out when the URL is
 * plain http(s), and a link to its entry on /sources. Shared by the panel and the /sources page.
 */
export function SourceCitation(props: { source: Source | null; sourceId: string; showSourcesLink?: boolean }) {
  const { source, sourceId, showSourcesLink = true } = props;
  if (source === null) return <span className={styles.citation}>Source “{sourceId}” (not in the source list)</span>;
  const external = safeExternalUrl(source.url);
  const details = [source.outlet, source.author, formatPublished(source.published)].filter((part): part is string => part !== undefined);
  return (
    <span className={styles.citation}>
      <cite className={styles.title}>{source.title}</cite>
      <span className={styles.details}>{details.join(" · ")}</span>
      {external !== null ? (
        <a className={styles.link} href={external} target="_blank" rel="noopener noreferrer">
          Read the source<span className={styles.srOnly}> (opens in a new tab)</span>
        </a>
      ) : null}
      {showSourcesLink ? (
        <Link className={styles.link} href={`/sources#source-${source.id}`}>
          About this source
        </Link>
      ) : null}
    </span>
  );
}
