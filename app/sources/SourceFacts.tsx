import type { ReactNode } from "react";
import type { Source } from "@/lib/schema";
import { formatPublished, safeExternalUrl, sourceKindLabel } from "@/lib/view";
import styles from "./page.module.css";

/** A source's particulars; outlet, author and link only when the data has them. */
export function SourceFacts({ source }: { source: Source }) {
  const external = safeExternalUrl(source.url);
  return (
    <dl className={styles.facts}>
      {source.outlet !== undefined ? <Fact term="Outlet">{source.outlet}</Fact> : null}
      {source.author !== undefined ? <Fact term="Author">{source.author}</Fact> : null}
      <Fact term="Published">
        {formatPublished(source.published)}
        {source.published.note !== undefined ? <span className={styles.muted}> ({source.published.note})</span> : null}
      </Fact>
      <Fact term="Kind">{sourceKindLabel(source.kind)}</Fact>
      {external !== null ? (
        <Fact term="Original">
          <a href={external} target="_blank" rel="noopener noreferrer" className={styles.external}>
            {external}
            <span className={styles.srOnly}> (opens in a new tab)</span>
          </a>
        </Fact>
      ) : null}
      {source.note !== undefined ? <Fact term="Note">{source.note}</Fact> : null}
    </dl>
  );
}

function Fact(props: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </>
  );
}
