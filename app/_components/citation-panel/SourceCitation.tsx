import Link from "next/link";
import type { Source } from "@/lib/schema";
import { formatPublished, safeExternalUrl, sourcePageHref } from "@/lib/view";
import styles from "./SourceCitation.module.css";

/**
 * A source named in full: title, outlet and author when known, date (approx. marked), the original
 * in a new tab when its URL is plain http(s), and its page in the app (carrying the map's view).
 */
export function SourceCitation(props: { source: Source | null; sourceId: string; mapQuery: string }) {
  const { source, sourceId, mapQuery } = props;
  if (source === null) return <span className={styles.citation}>Source “{sourceId}” (not in the source list)</span>;
  const external = safeExternalUrl(source.url);
  const details = [source.outlet, source.author, formatPublished(source.published)].filter((part): part is string => part !== undefined);
  return (
    <span className={styles.citation}>
      <cite className={styles.title}>{source.title}</cite>
      <span className={styles.details}>{details.join(" · ")}</span>
      {external !== null ? (
        <a className={styles.link} href={external} target="_blank" rel="noopener noreferrer">
          Read the original<span className={styles.srOnly}> (opens in a new tab)</span>
        </a>
      ) : null}
      <Link className={styles.link} href={sourcePageHref(source.id, mapQuery)}>
        About this source
      </Link>
    </span>
  );
}
