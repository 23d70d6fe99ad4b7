import { zipSync } from "fflate";
import type { DataFileEntry } from "./data-files";

// Fixed, so the same data always zips to the same bytes (zips otherwise stamp the clock).
const STAMP = new Date(Date.UTC(2001, 0, 1));

/** Files as one .zip, at its top level: unzip it into a folder and point ALLEGIANCES_DATA at that folder. */
export function zipFiles(entries: readonly DataFileEntry[]): Uint8Array {
  const files = Object.fromEntries(entries.map((entry) => [entry.path, [entry.bytes, { mtime: STAMP }] as const]));
  return zipSync(files as unknown as Parameters<typeof zipSync>[0], { level: 6 });
}
