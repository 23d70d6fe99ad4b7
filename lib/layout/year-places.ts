/**
 * Every actor's place in every year, as the server sends it to the page: year → actor id → [x, y]
 * (pixels at zoom 1). Plain data, so it rides in the page as JSON; null where the graph is too big.
 */
export type YearPlaces = Readonly<Record<string, Readonly<Record<string, readonly [number, number]>>>>;

/** One year's places, or an empty record for a year the layout does not know. */
export function placesIn(places: YearPlaces, year: number): Readonly<Record<string, readonly [number, number]>> {
  return places[String(year)] ?? {};
}
