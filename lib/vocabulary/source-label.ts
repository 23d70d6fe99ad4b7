import { splitNote } from "./source-reference";

/** What a short source label is made of: the fields of a source record it reads. */
export interface LabelledSource {
  id: string;
  title: string;
  outlet?: string;
  author?: string;
  published: { date: string };
}

/**
 * A source as a reader recognises it in running text: outlet (else author, else title) and
 * year, "The Eastern Herald (2021)", so "{source:…} says" reads as a sentence.
 */
export function sourceShortLabel(source: LabelledSource): string {
  const name = source.outlet ?? source.author ?? source.title;
  return `${name} (${source.published.date.slice(0, 4)})`;
}

/**
 * A note as plain text, each reference replaced by its source's short label (its id when the
 * source is unknown): one rendering for CSV, Markdown, GEXF and GraphML alike.
 */
export function noteAsPlainText(note: string, sources: ReadonlyMap<string, LabelledSource>): string {
  return splitNote(note)
    .map((segment) => {
      if (segment.kind === "text") return segment.text;
      const source = sources.get(segment.sourceId);
      return source === undefined ? segment.sourceId : sourceShortLabel(source);
    })
    .join("");
}
