/** The words of a comma list parameter ("ally, enemy,,"), trimmed, empty ones dropped. */
export function listParam(raw: string): string[] {
  return raw
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
