import type { Corpus } from "../dataset/validate-dataset";
import { PROVENANCE_SUFFIX } from "../schema";
import { type BroughtFile, baseName, textOf } from "./brought-file";
import { type ImportProblem, sheetProblem } from "./import-problem";

/** A text given some other way than as a file: a spreadsheet's `text` column, or pasted. */
export interface GivenText {
  name: string;
  text: string;
  /** Where it was given, for messages ("sources.csv"). */
  from: string;
}

/**
 * The source texts a dataset came with, keyed by file name as `corpusFile` names them. Files of a
 * corpus folder must be UTF-8 (as the validator demands); other loose files that are not are skipped
 * with a warning. Provenance sidecars are checked, by SHA-256, only when some are given.
 */
export async function corpusOf(corpusFiles: readonly BroughtFile[], looseFiles: readonly BroughtFile[], given: readonly GivenText[], label: string): Promise<{ corpus: Corpus; problems: ImportProblem[] }> {
  const problems: ImportProblem[] = [];
  const texts = new Map<string, string>();
  const origin = new Map<string, string>();
  const bytesOf = new Map<string, Uint8Array>();
  const provenance: { file: string; name: string; text: string }[] = [];
  const put = (name: string, text: string, from: string) => {
    const earlier = texts.get(name);
    if (earlier !== undefined && earlier !== text) problems.push(sheetProblem("error", from, null, null, null, `a different text named ${name} than ${origin.get(name) ?? "another file"}: one name, one text`));
    else {
      texts.set(name, text);
      origin.set(name, from);
    }
  };
  for (const [files, strict] of [[corpusFiles, true], [looseFiles, false]] as const) {
    for (const file of files) {
      const decoded = textOf(file);
      const name = baseName(file.path);
      if (!decoded.ok) {
        problems.push(sheetProblem(strict ? "error" : "warning", file.path, null, null, null, strict ? decoded.message : `not read as a source text: ${decoded.message}`));
      } else if (name.endsWith(PROVENANCE_SUFFIX)) provenance.push({ file: file.path, name, text: decoded.text });
      else {
        put(name, decoded.text, file.path);
        bytesOf.set(name, file.bytes);
      }
    }
  }
  for (const text of given) put(text.name, text.text, text.from);
  const digests = provenance.length > 0 ? await sha256Of(bytesOf) : null;
  if (provenance.length > 0 && digests === null) problems.push(sheetProblem("warning", label, null, null, null, "the provenance files were not checked: this browser offers no SHA-256 here (open the app over https or on localhost)"));
  return { corpus: { label, texts, ...(digests === null ? {} : { digests, provenance }) }, problems };
}

/** SHA-256 of each text's bytes with Web Crypto (browsers in secure contexts, Node 20); null without it. */
async function sha256Of(files: ReadonlyMap<string, Uint8Array>): Promise<Map<string, string> | null> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return null;
  const digests = new Map<string, string>();
  for (const [name, bytes] of files) {
    const hash = new Uint8Array(await subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
    digests.set(name, Array.from(hash, (byte) => byte.toString(16).padStart(2, "0")).join(""));
  }
  return digests;
}
