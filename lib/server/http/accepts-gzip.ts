/**
 * Whether an Accept-Encoding header lets the answer be gzipped: "gzip" (or "x-gzip", or "*" when
 * gzip is not named) with a quality above 0. A quality that is not a number counts as 0, as the
 * negotiator Next compresses with reads it, so both decide alike. An absent header means identity.
 */
export function acceptsGzip(header: string | null): boolean {
  if (header === null) return false;
  let named: number | null = null;
  let any: number | null = null;
  for (const part of header.split(",")) {
    const [coding = "", ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
    const q = qualityOf(params);
    if (coding === "gzip" || coding === "x-gzip") named = Math.max(named ?? 0, q);
    else if (coding === "*") any = Math.max(any ?? 0, q);
  }
  if (named !== null) return named > 0;
  return any !== null && any > 0;
}

function qualityOf(params: readonly string[]): number {
  const q = params.find((param) => param.startsWith("q="));
  if (q === undefined) return 1;
  const value = Number(q.slice(2));
  return Number.isFinite(value) && q.length > 2 ? value : 0;
}
