/** A file's bytes as text, or why they are not: UTF-8 only, with an optional byte-order mark. */
export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

const BOM = [0xef, 0xbb, 0xbf];

/** Decodes UTF-8 strictly (an editor's BOM is accepted and dropped); invalid bytes are named by offset. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const hasBom = bytes.length >= 3 && BOM.every((byte, index) => bytes[index] === byte);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(body) };
  } catch {
    const offset = firstInvalidUtf8(body) + (hasBom ? 3 : 0);
    return { ok: false, message: `not valid UTF-8: invalid byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")} at byte offset ${offset}; save the file as UTF-8` };
  }
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[index + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return index;
    }
    // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
    const second = bytes[index + 1] ?? 0;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return index;
    index += length;
  }
  return bytes.length;
}
