import { decodeText } from "../dataset/decode-text";
import { MAX_FILE_BYTES } from "../dataset/data-layout";

/** A file a person brought: its path as chosen (inside a folder or zip: "data/actors.json") and bytes. */
export interface BroughtFile {
  path: string;
  bytes: Uint8Array;
}

/** Forward slashes, no leading "./" or "/": zips and folders from any system name files alike. */
export function normalPath(path: string): string {
  return path.replace(/\\/g, "/").replace(/^(\.\/|\/)+/, "");
}

export const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);
export const dirName = (path: string) => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
export const extensionOf = (path: string) => {
  const base = baseName(path).toLowerCase();
  return base.includes(".") ? base.slice(base.lastIndexOf(".") + 1) : "";
};

/** The file as UTF-8 text (a BOM accepted), or why not; larger files than any data file are refused. */
export function textOf(file: BroughtFile): { ok: true; text: string } | { ok: false; message: string } {
  if (file.bytes.length > MAX_FILE_BYTES) return { ok: false, message: `too large (${file.bytes.length} bytes; at most ${MAX_FILE_BYTES})` };
  return decodeText(file.bytes);
}
