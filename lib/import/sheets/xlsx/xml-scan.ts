// Just enough XML for the parts of an .xlsx workbook: elements by name, their attributes and text.
// Linear regular expressions over the part's text; no entity expansion beyond the five and numbers.

/** One element: its attributes and its content (null when it closes itself). */
export interface XmlElement {
  attributes: Map<string, string>;
  inner: string | null;
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
// An open tag's attributes may hold ">" inside quotes.
const TAG_BODY = String.raw`((?:[^>"']|"[^"]*"|'[^']*')*?)`;
const patterns = new Map<string, RegExp>();

function patternFor(name: string): RegExp {
  let pattern = patterns.get(name);
  if (pattern === undefined) {
    // `<c` must not match `<col`, and an element never nests inside one of its own name here.
    pattern = new RegExp(String.raw`<${name}(?=[\s/>])${TAG_BODY}(?:/>|>([\s\S]*?)</${name}\s*>)`, "g");
    patterns.set(name, pattern);
  }
  return pattern;
}

/** Every `name` element in `xml`, in document order (the name as written, with its prefix if any). */
export function elementsOf(xml: string, name: string): XmlElement[] {
  // One compiled pattern per name, run to the end before anyone else uses it (hundreds of thousands of cells).
  const pattern = patternFor(name);
  const out: XmlElement[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(xml); match !== null; match = pattern.exec(xml)) out.push({ attributes: attributesOf(match[1] ?? ""), inner: match[2] ?? null });
  return out;
}

/** The first `name` element in `xml`, or null. */
export function firstElement(xml: string, name: string): XmlElement | null {
  if (!xml.includes(`<${name}`)) return null;
  const pattern = patternFor(name);
  pattern.lastIndex = 0;
  const match = pattern.exec(xml);
  return match === null ? null : { attributes: attributesOf(match[1] ?? ""), inner: match[2] ?? null };
}

export function attributesOf(body: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!body.includes("=")) return out;
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(body); match !== null; match = ATTRIBUTE.exec(body)) out.set(match[1] ?? "", decodeXmlText(match[2] ?? match[3] ?? ""));
  return out;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Element text as written: the five named entities and numeric references decoded, then
 * OOXML's `_xHHHH_` escapes (how Excel writes a carriage return or a control character).
 */
export function decodeXmlText(text: string): string {
  if (!text.includes("&") && !text.includes("_x")) return text;
  return text
    .replace(/&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g, (whole, hex: string | undefined, decimal: string | undefined, named: string | undefined) => {
      if (named !== undefined) return NAMED[named] ?? whole;
      const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of a string item (`<si>`, `<is>`): its `<t>` runs joined, phonetic guides (`<rPh>`) left out. */
export function runText(inner: string): string {
  const withoutPhonetics = inner.includes("<rPh") ? inner.replace(/<rPh(?=[\s>])[\s\S]*?<\/rPh\s*>/g, "") : inner;
  let text = "";
  for (const run of elementsOf(withoutPhonetics, "t")) text += decodeXmlText(run.inner ?? "");
  return text;
}
