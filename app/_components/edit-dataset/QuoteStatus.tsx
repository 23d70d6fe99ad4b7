"use client";

import type { QuoteFinding } from "@/lib/edit";
import styles from "./edit-dataset.module.css";

// How much of the source text to show either side of the match, so the eye finds the place.
const CONTEXT = 60;

/** The live quote check, said as the validator will say it; the texts are rendered as text, never as HTML. */
export function QuoteStatus({ finding, quote, text }: { finding: QuoteFinding; quote: string; text: string | undefined }) {
  const body = (() => {
    switch (finding.status) {
      case "empty":
        return <>Paste the quote, word for word, from the source.</>;
      case "no-text":
        return <>Not verified: {finding.message}. Add the source&apos;s text under Source to check it.</>;
      case "found":
        return (
          <>
            ✓ Found verbatim in the source text:{" "}
            <q className={styles.excerpt}>
              …{text?.slice(Math.max(0, finding.start - CONTEXT), finding.start)}
              <mark>{text?.slice(finding.start, finding.end)}</mark>
              {text?.slice(finding.end, finding.end + CONTEXT)}…
            </q>
          </>
        );
      case "not-found":
        return (
          <>
            ✗ Not in the source text: {finding.message}.
            <br />
            Your quote stops matching here: <q className={styles.excerpt}>{quote.slice(0, finding.quoteStopsAt)}<mark data-testid="quote-differs">{quote.slice(finding.quoteStopsAt)}</mark></q>
            {finding.textStopsAt === null || text === undefined ? null : (
              <>
                <br />
                where the text reads: <q className={styles.excerpt}>…{text.slice(Math.max(0, finding.textStopsAt - CONTEXT), finding.textStopsAt)}<mark>{text.slice(finding.textStopsAt, finding.textStopsAt + CONTEXT)}</mark>…</q>
              </>
            )}
          </>
        );
    }
  })();
  return (
    <p className={styles.quoteStatus} role="status" aria-live="polite" data-testid="quote-status" data-status={finding.status}>
      {body}
    </p>
  );
}
