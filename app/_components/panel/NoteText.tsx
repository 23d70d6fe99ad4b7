import Link from "next/link";
import type { AllianceModel } from "@/lib/graph";
import { findSource } from "@/lib/view";
import { sourceShortLabel, splitNote } from "@/lib/vocabulary";

/**
 * A note or description as a reader should see it: each {source:<id>} token becomes the source's
 * outlet and year, linked to its page; text stays text (React escapes it).
 */
export function NoteText(props: { model: AllianceModel; text: string }) {
  const { model, text } = props;
  return (
    <>
      {splitNote(text).map((segment, index) => {
        if (segment.kind === "text") return segment.text;
        const source = findSource(model, segment.sourceId);
        // The validator rejects unknown ids; a stale one still reads as its id rather than vanishing.
        if (source === null) return <span key={index}>{segment.sourceId}</span>;
        return (
          <Link key={index} href={`/sources/${encodeURIComponent(source.id)}`} title={source.title} data-source-ref={source.id}>
            {sourceShortLabel(source, segment.parenthetical)}
          </Link>
        );
      })}
    </>
  );
}
