import Link from "next/link";
import type { AllianceModel } from "@/lib/graph";
import { evidenceLabel, findSource, isQuoteVerified, NOT_VERIFIED, safeExternalUrl, sourcePageHref, type IndexedClaim } from "@/lib/view";
import { NoteText } from "../panel/NoteText";
import styles from "./ClaimQuote.module.css";

/** One claim: the verbatim quote, who said it, how strong the evidence is, and a link to it in its source's text. */
export function ClaimQuote(props: { model: AllianceModel; relationId: string; item: IndexedClaim; mapQuery: string }) {
  const { model, relationId, item, mapQuery } = props;
  const { claim } = item;
  const source = findSource(model, claim.source);
  // `cite` must be a URL: the source's own when it is safe, else its page in the app.
  const cite = safeExternalUrl(source?.url) ?? sourcePageHref(claim.source, "");
  const verified = isQuoteVerified(model.dataset, claim.source);
  return (
    <figure className={styles.claim}>
      <blockquote className={styles.quote} cite={cite}>
        <p>{claim.quote}</p>
      </blockquote>
      {verified ? null : (
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
          {verified && source !== null ? (
            <>
              {" · "}
              <Link href={sourcePageHref(claim.source, mapQuery, { relationId, index: item.index })}>
                Read in context<span className={styles.srOnly}>: this quote in the full text of {source.title}</span>
              </Link>
            </>
          ) : null}
        </span>
        {claim.note !== undefined ? (
          <span className={styles.note}>
            <span className={styles.label}>Note:</span> <NoteText model={model} text={claim.note} />
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
