import Link from "next/link";
import type { SourceReading, SourceTextPart } from "@/lib/import";
import styles from "./source-page.module.css";

type Passage = Extract<SourceTextPart, { kind: "passage" }>;

/**
 * The text as it was read, line breaks kept; each quoted passage a <mark> with an id, each claim's
 * anchor at its quote's first word, then links to the relations the passage supports. All text is
 * data, rendered as React text.
 */
export function SourceText(props: { reading: SourceReading; relationLink: (relationId: string) => { href: string; text: string } }) {
  const { reading, relationLink } = props;
  return (
    <div className={styles.text} data-testid="source-text">
      {reading.parts.map((part, index) =>
        part.kind === "text" ? <span key={index}>{part.text}</span> : <PassageMark key={part.id} passage={part} relationLink={relationLink} />,
      )}
    </div>
  );
}

function PassageMark(props: { passage: Passage; relationLink: (relationId: string) => { href: string; text: string } }) {
  const { passage, relationLink } = props;
  return (
    <>
      <mark id={passage.id} className={styles.passage}>
        {passage.pieces.map((piece, index) => (
          <span key={index}>
            {piece.anchors.map((anchor) => (
              <span key={anchor} id={anchor} className={styles.anchor} />
            ))}
            {piece.text}
          </span>
        ))}
      </mark>
      <span className={styles.supports} data-supports="">
        {" "}
        [supports{" "}
        {passage.relationIds.map((relationId, index) => {
          const link = relationLink(relationId);
          return (
            <span key={relationId}>
              {index > 0 ? "; " : null}
              <Link href={link.href}>{link.text}</Link>
            </span>
          );
        })}
        ]
      </span>
    </>
  );
}
