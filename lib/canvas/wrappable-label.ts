// Cytoscape wraps a label only at whitespace or U+200B ("text-overflow-wrap: anywhere" breaks
// every name mid-word), so a name that is one long word would run across the map. Such words,
// and only they, get a zero-width space every LABEL_CHUNK characters to wrap at.
const LONG_WORD = /\S{25,}/gu;
const LABEL_CHUNK = /\S{1,20}/gu;

/** `name` as a canvas label: unchanged unless it holds a word of 25 characters or more. */
export function wrappableLabel(name: string): string {
  return name.replace(LONG_WORD, (word) => (word.match(LABEL_CHUNK) ?? [word]).join("\u200B"));
}
