import type { AllianceModel } from "@/lib/graph";
import { findSource, type SourceClaimGroup } from "@/lib/view";
import { ClaimQuote } from "./ClaimQuote";
import { SourceCitation } from "./SourceCitation";
import styles from "./CitationPanel.module.css";

/** One source's claims: who it is once, its strongest quote, the rest folded away. */
export function SourceClaims(props: { model: AllianceModel; relationId: string; group: SourceClaimGroup; mapQuery: string }) {
  const { model, relationId, group, mapQuery } = props;
  const quote = (item: SourceClaimGroup["strongest"]) => <ClaimQuote key={item.index} model={model} relationId={relationId} item={item} mapQuery={mapQuery} />;
  return (
    <section className={styles.sourceGroup} id={`claims-${relationId}-${group.sourceId}`} data-testid="source-group">
      <h4 className={styles.sourceHeading}>
        <SourceCitation source={findSource(model, group.sourceId)} sourceId={group.sourceId} mapQuery={mapQuery} />
      </h4>
      {quote(group.strongest)}
      {group.rest.length > 0 ? (
        <details className={styles.more}>
          <summary>
            {group.rest.length} more from this source
          </summary>
          {group.rest.map(quote)}
        </details>
      ) : null}
    </section>
  );
}
