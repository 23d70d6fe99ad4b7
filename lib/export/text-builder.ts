/**
 * A long text written piece by piece into UTF-8 bytes, read back as one string at the end. At
 * 20,000 relations a GEXF is about 20 MB in some 400,000 pieces; kept as strings until the end,
 * every piece survives each young-generation collection and is copied, which cost more than the
 * writing. Written into a byte buffer, each piece is garbage at once.
 */
export class TextBuilder {
  private bytes: Uint8Array;
  private length = 0;
  private readonly encoder = new TextEncoder();

  constructor(expectedBytes = 1 << 16) {
    this.bytes = new Uint8Array(Math.max(1024, expectedBytes));
  }

  add(text: string): void {
    // A UTF-16 unit takes at most 3 bytes of UTF-8.
    if (this.length + text.length * 3 > this.bytes.length) this.grow(this.length + text.length * 3);
    this.length += this.encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
  }

  toString(): string {
    return new TextDecoder().decode(this.bytes.subarray(0, this.length));
  }

  private grow(needed: number): void {
    let size = this.bytes.length * 2;
    while (size < needed) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }
}
