// Notes cite a source by a token naming its id, `{source:mepa-iran-us-cooperation}`, never by an
// internal file number a reader has no key to. Zod-free, so the browser can render notes with it.

/** A well-formed reference token; group 1 is the source id (kebab-case, as every id). */
export const SOURCE_REFERENCE = /\{source:([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

// Anything that starts like a token: a reference the splitter would not recognise is a typo.
const TOKEN_START = /\{\s*sources?\s*:[^}]{0,80}\}?/gi;

// A corpus file number ("004", "003's") standing on its own, not inside 2004, 15,000 or 1.003.
const FILE_NUMBER = /(?<![\d.,:/-])0\d\d(?!\d|,\d)/;
const CORPUS_WORD = /\bcorpus\b/i;

/** `parenthetical`: the reference stands inside parentheses, where "Outlet, 2021" reads better than "Outlet (2021)". */
export type NoteSegment = { kind: "text"; text: string } | { kind: "source"; sourceId: string; parenthetical: boolean };

/** Splits a note into plain text and source references, in order; empty text runs are dropped. */
export function splitNote(note: string): NoteSegment[] {
  const segments: NoteSegment[] = [];
  let last = 0;
  let depth = 0;
  for (const match of note.matchAll(SOURCE_REFERENCE)) {
    if (match.index > last) segments.push({ kind: "text", text: note.slice(last, match.index) });
    depth = parenthesisDepth(note.slice(last, match.index), depth);
    segments.push({ kind: "source", sourceId: match[1] ?? "", parenthetical: depth > 0 });
    last = match.index + match[0].length;
  }
  if (last < note.length) segments.push({ kind: "text", text: note.slice(last) });
  return segments;
}

function parenthesisDepth(text: string, depth: number): number {
  let open = depth;
  for (const character of text) {
    if (character === "(") open += 1;
    else if (character === ")" && open > 0) open -= 1;
  }
  return open;
}

/** The source ids a note refers to, in order (repeats kept). */
export function sourceReferences(note: string): string[] {
  return splitNote(note).flatMap((segment) => (segment.kind === "source" ? [segment.sourceId] : []));
}

/**
 * Null when `text` is fit for a reader, else why not: a malformed reference token, a bare
 * corpus-file number, or the word "corpus" (internal vocabulary a reader cannot follow).
 */
export function internalReferenceProblem(text: string): string | null {
  const plain = text.replace(SOURCE_REFERENCE, " ");
  const malformed = plain.match(TOKEN_START)?.[0];
  if (malformed !== undefined) return `${JSON.stringify(malformed)} is not a source reference: write {source:<source id>}`;
  const number = FILE_NUMBER.exec(plain)?.[0];
  if (number !== undefined) return `names a corpus file by number ("${number}"): refer to the source as {source:<source id>} instead`;
  if (CORPUS_WORD.test(plain)) return `says "corpus", which a reader has no key to: name the source as {source:<source id>}, or say "the sources"`;
  return null;
}
