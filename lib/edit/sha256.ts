/** SHA-256 of bytes as lower-case hex, with Web Crypto (every browser on https or localhost, and Node 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) throw new Error("this browser offers no SHA-256 here (open the app over https or on localhost) to record the texts' provenance");
  const hash = new Uint8Array(await subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
