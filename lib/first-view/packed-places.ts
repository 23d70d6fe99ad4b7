import type { YearPlaces } from "../layout";

/** Per-year places as sent over the API: each distinct record once, and each year's index into them. */
export interface PackedPlaces {
  records: Readonly<Record<string, readonly [number, number]>>[];
  years: Readonly<Record<string, number>>;
}

/**
 * Years that share a record (one place per actor, at scale, is one record for fifty years) are
 * sent once: JSON would repeat it per year, 2,000 actors times fifty.
 */
export function packPlaces(places: YearPlaces): PackedPlaces {
  const records: PackedPlaces["records"][number][] = [];
  const indexOf = new Map<object, number>();
  const years: Record<string, number> = {};
  for (const [year, record] of Object.entries(places)) {
    let index = indexOf.get(record);
    if (index === undefined) {
      index = records.push(record) - 1;
      indexOf.set(record, index);
    }
    years[year] = index;
  }
  return { records, years };
}

/** The places back, years sharing one record sharing one object (what the page's year step compares). */
export function unpackPlaces(packed: PackedPlaces): YearPlaces {
  const places: Record<string, PackedPlaces["records"][number]> = {};
  for (const [year, index] of Object.entries(packed.years)) {
    const record = packed.records[index];
    if (record === undefined) throw new Error(`first-view: places of ${year} point at record ${index}, which is not there`);
    places[year] = record;
  }
  return places;
}
