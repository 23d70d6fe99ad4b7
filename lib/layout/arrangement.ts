import * as z from "zod/mini";
import type { YearPlaces } from "./year-places";

// A reader's own arrangement of the map: where they dragged actors, or what "Re-arrange" gave, per
// year. It lives in the browser's storage, so it is parsed as untrusted input on every read.

// zod 4 numbers are finite: NaN and Infinity fail.
const Place = z.tuple([z.number(), z.number()]);
const YearArrangement = z.record(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)), Place);
const ArrangementSchema = z.record(z.string().check(z.regex(/^-?\d{1,4}$/)), YearArrangement);

/** Year → actor id → [x, y]: the places a reader chose, over the year's own layout. */
export type Arrangement = z.infer<typeof ArrangementSchema>;

export const NO_ARRANGEMENT: Arrangement = {};

/** The stored text read back; anything malformed (another version, a hand edit) counts as no arrangement. */
export function parseArrangement(text: string | null): Arrangement {
  if (text === null) return NO_ARRANGEMENT;
  try {
    const parsed = ArrangementSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : NO_ARRANGEMENT;
  } catch {
    return NO_ARRANGEMENT;
  }
}

/** The arrangement with these actors of the year placed (rounded to whole pixels, which is all a reader can tell). */
export function withPlaced(arrangement: Arrangement, year: number, placed: Readonly<Record<string, readonly [number, number]>>): Arrangement {
  const rounded = Object.fromEntries(Object.entries(placed).map(([id, [x, y]]) => [id, [Math.round(x), Math.round(y)] as [number, number]]));
  return { ...arrangement, [String(year)]: { ...(arrangement[String(year)] ?? {}), ...rounded } };
}

/** The arrangement without the year: "Reset layout". */
export function withoutYear(arrangement: Arrangement, year: number): Arrangement {
  const { [String(year)]: _dropped, ...rest } = arrangement;
  return rest;
}

/** Whether the reader arranged this year. */
export function isArranged(arrangement: Arrangement, year: number): boolean {
  const places = arrangement[String(year)];
  return places !== undefined && Object.keys(places).length > 0;
}

/** One actor's place in a year, as `arrangedPlaces` has it, without copying the year's records. */
export function arrangedPlace(places: YearPlaces, arrangement: Arrangement, year: number, actorId: string): readonly [number, number] | undefined {
  return arrangement[String(year)]?.[actorId] ?? places[String(year)]?.[actorId];
}

/** The year's places: the layout's, with the reader's choices over them. */
export function arrangedPlaces(places: YearPlaces, arrangement: Arrangement, year: number): Readonly<Record<string, readonly [number, number]>> {
  return { ...(places[String(year)] ?? {}), ...(arrangement[String(year)] ?? {}) };
}

/**
 * The storage key of a dataset's arrangement: a hash of its actor ids, so another dataset (a
 * reader's own) never inherits these places.
 */
export function arrangementKey(actorIds: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of actorIds.join("\n")) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `allegiances:arrangement:v1:${hash.toString(16)}`;
}
