import { Agent, request } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { z } from "zod";

// A bare Node HTTP client for the API specs: it sends the method, the raw path (bad escapes
// included) and exactly the headers given, which fetch would refuse (TRACE) or rewrite.

export const BASE_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;

/** The body every API error carries. */
export const ApiErrorBodySchema = z.object({ error: z.string().min(1) });

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

export function rawRequest(method: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(BASE_URL);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, method, path, headers, agent }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }));
      incoming.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

const DECODERS: Record<string, (bytes: Buffer) => Buffer> = { gzip: gunzipSync, deflate: inflateSync, br: brotliDecompressSync };

/** The body as text, undoing the one Content-Encoding the server may have applied. */
export function textOf(response: RawResponse): string {
  const encoding = response.headers["content-encoding"];
  const decode = typeof encoding === "string" ? DECODERS[encoding] : undefined;
  return (decode === undefined ? response.body : decode(response.body)).toString("utf8");
}

/** The `{ error }` of an error response, or a failure naming what came instead. */
export function errorOf(response: RawResponse): string {
  const text = textOf(response);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`status ${response.status}: body is not JSON: ${JSON.stringify(text.slice(0, 120))}`);
  }
  return ApiErrorBodySchema.parse(parsed).error;
}
