import { ServerResponse } from "node:http";
import { PRECOMPRESSED_HEADER, PRECOMPRESSED_INSTALLED } from "./precompressed-header";

/**
 * Turns PRECOMPRESSED_HEADER into Content-Encoding wherever a response sets it (Next sets a
 * route's headers one by one through setHeader). Called once from instrumentation.ts, in the
 * server process, before Next serves; any other header passes unchanged.
 */
export function honourPrecompressedBodies(): void {
  const state = globalThis as { [PRECOMPRESSED_INSTALLED]?: boolean };
  if (state[PRECOMPRESSED_INSTALLED] === true) return;
  state[PRECOMPRESSED_INSTALLED] = true;
  const setHeader = ServerResponse.prototype.setHeader;
  ServerResponse.prototype.setHeader = function setHeaderOrEncoding(this: ServerResponse, name: string, value: number | string | readonly string[]) {
    const encoding = typeof name === "string" && name.toLowerCase() === PRECOMPRESSED_HEADER;
    return Reflect.apply(setHeader, this, [encoding ? "Content-Encoding" : name, value]) as ServerResponse;
  } as typeof setHeader;
}
