// Characters a text field refuses. Control characters never belong in our data; in names and
// titles, bidi overrides and zero-width characters can make one actor look like another.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const LINE_BREAK = /[\r\n\u2028\u2029]/u;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/u;

/** Null when `value` is acceptable, else a message naming the first refused character and where it is. */
export function forbiddenCharacter(value: string, kind: "text" | "name"): string | null {
  const rules: [RegExp, string][] = [[CONTROL, "a control character"]];
  if (kind === "name") rules.push([LINE_BREAK, "a line break"], [BIDI, "a bidirectional-override character (it can disguise a name)"], [INVISIBLE, "an invisible (zero-width) character (it can disguise a name)"]);
  let first: { index: number; what: string } | null = null;
  for (const [pattern, what] of rules) {
    const match = pattern.exec(value);
    if (match !== null && (first === null || match.index < first.index)) first = { index: match.index, what };
  }
  if (first === null) return null;
  const code = value.codePointAt(first.index) ?? 0;
  return `contains ${first.what}, U+${code.toString(16).toUpperCase().padStart(4, "0")}, at character ${first.index + 1}; remove it`;
}
