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
 * A source as a reader recognises it: outlet (else author, else title) and year. In running text
 * "The Eastern Herald (2021)", so "{source:…} says" reads as a sentence; inside parentheses
 * "The Eastern Herald, 2021", so no parenthesis nests in another.
 */
export function sourceShortLabel(source: LabelledSource, parenthetical = false): string {
  const name = source.outlet ?? source.author ?? source.title;
  const year = source.published.date.slice(0, 4);
  return parenthetical ? `${name}, ${year}` : `${name} (${year})`;
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
      return source === undefined ? segment.sourceId : sourceShortLabel(source, segment.parenthetical);
    })
    .join("");
}
