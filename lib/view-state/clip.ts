/** A notice quotes what the user sent, never a wall of it. */
export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
