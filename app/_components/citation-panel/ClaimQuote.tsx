import type { AllianceModel } from "@/lib/graph";
import type { Claim } from "@/lib/schema";
import { evidenceLabel, findSource, isQuoteVerified, NOT_VERIFIED, safeExternalUrl } from "@/lib/view";
import { NoteText } from "../panel/NoteText";
import { SourceCitation } from "./SourceCitation";
import styles from "./ClaimQuote.module.css";

/** One claim: the verbatim quote, who said it, how strong the evidence is, and where it is from. */
export function ClaimQuote(props: { model: AllianceModel; claim: Claim }) {
  const { model, claim } = props;
  const source = findSource(model, claim.source);
  // `cite` must be a URL: the source's own when it is safe, else its entry on /sources.
  const cite = safeExternalUrl(source?.url) ?? `/sources#source-${claim.source}`;
  return (
    <figure className={styles.claim}>
      <blockquote className={styles.quote} cite={cite}>
        <p>{claim.quote}</p>
      </blockquote>
      {isQuoteVerified(model.dataset, claim.source) ? null : (
        <p className={styles.unverified} data-testid="quote-not-verified">
          Quote {NOT_VERIFIED}
        </p>
      )}
      <figcaption className={styles.caption}>
        {claim.speaker !== undefined ? (
          <span className={styles.speaker}>
            — {claim.speaker.name}
            {claim.speaker.role !== undefined ? (
              <>
                , <NoteText model={model} text={claim.speaker.role} />
              </>
            ) : null}
          </span>
        ) : null}
        <span className={styles.evidence}>
          <span className={styles.label}>Evidence:</span> {evidenceLabel(claim.evidence)}
        </span>
        {claim.note !== undefined ? (
          <span className={styles.note}>
            <span className={styles.label}>Note:</span> <NoteText model={model} text={claim.note} />
          </span>
        ) : null}
        <SourceCitation source={source} sourceId={claim.source} />
      </figcaption>
    </figure>
  );
}
