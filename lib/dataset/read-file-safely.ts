// Data paths are chosen at run time (ALLEGIANCES_DATA), so the build must not trace them: hence turbopackIgnore.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from "node:fs";
import path from "node:path";
import { MAX_FILE_BYTES } from "./data-layout";
import { decodeText } from "./decode-text";

export type SafeRead = { ok: true; text: string; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Reads a regular file inside `root` as UTF-8. A symbolic link is followed only when it stays
 * inside `root`; directories, FIFOs, sockets and devices are refused without being opened (a FIFO
 * would block the read forever).
 */
export function readFileSafely(file: string, root: string): SafeRead {
  const kind = entryKind(file, root);
  if (kind !== "file") return { ok: false, message: kind };
  let fd: number;
  try {
    // O_NONBLOCK: should the file be swapped for a FIFO after the check, opening it cannot hang.
    fd = openSync(/*turbopackIgnore: true*/ file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, message: "not a regular file; not read" };
    if (stat.size > MAX_FILE_BYTES) return { ok: false, message: `too large (${stat.size} bytes; at most ${MAX_FILE_BYTES})` };
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const decoded = decodeText(bytes.subarray(0, read));
    return decoded.ok ? { ok: true, text: decoded.text, bytes: bytes.subarray(0, read) } : decoded;
  } finally {
    closeSync(fd);
  }
}

/** "file", "directory", or a sentence saying why the entry is not read. */
export function entryKind(file: string, root: string): "file" | "directory" | string {
  let stat;
  try {
    stat = lstatSync(/*turbopackIgnore: true*/ file);
  } catch {
    return "not found";
  }
  if (stat.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(/*turbopackIgnore: true*/ file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === "ELOOP" ? "a symbolic link loop; not followed" : "a broken symbolic link (its target does not exist)";
    }
    const inside = path.relative(realpathSync(/*turbopackIgnore: true*/ root), target);
    if (inside.startsWith("..") || path.isAbsolute(inside)) return `a symbolic link pointing outside ${path.basename(root)}/; not followed`;
    stat = lstatSync(/*turbopackIgnore: true*/ target);
  }
  if (stat.isFile()) return "file";
  if (stat.isDirectory()) return "directory";
  if (stat.isFIFO()) return "a named pipe (FIFO), not a regular file; not read";
  return "not a regular file (a socket or device); not read";
}
