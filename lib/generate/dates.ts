import type { Relation } from "../schema";
import type { Random } from "./random";
import { MAX_SPAN, UNKNOWN_END } from "./weights";

const pad = (n: number) => String(n).padStart(2, "0");

export function dateIn(random: Random, year: number): string {
  const precision = random.weighted({ year: 55, month: 30, day: 15 });
  if (precision === "year") return String(year);
  const month = random.int(1, 12);
  return precision === "month" ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(random.int(1, 28))}`;
}

/** Start and end: one to thirty years, mostly short; some ongoing, some with unknown ends. */
export function makeDates(random: Random, first: number, last: number): Pick<Relation, "start" | "end"> {
  const startYear = random.int(first, last);
  const precision = random.weighted({ year: 55, month: 30, day: 15 });
  const startMonth = precision === "year" ? null : random.int(1, 12);
  const startDay = precision === "day" ? random.int(1, 28) : null;
  const start = startMonth === null ? String(startYear) : startDay === null ? `${startYear}-${pad(startMonth)}` : `${startYear}-${pad(startMonth)}-${pad(startDay)}`;
  if (random.chance(UNKNOWN_END)) return { start, end: "unknown" };
  const length = 1 + Math.floor((MAX_SPAN - 1) * random.next() ** 3);
  let endYear = startYear + length - 1;
  if (endYear >= last) {
    if (random.chance(0.7)) return { start, end: "ongoing" };
    endYear = last;
  }
  const endPrecision = random.weighted({ year: 55, month: 30, day: 15 });
  if (endPrecision === "year") return { start, end: String(endYear) };
  const sameYear = endYear === startYear;
  const endMonth = sameYear ? random.int(startMonth ?? 1, 12) : random.int(1, 12);
  if (endPrecision === "month") return { start, end: `${endYear}-${pad(endMonth)}` };
  const endDay = sameYear && endMonth === startMonth ? random.int(startDay ?? 1, 28) : random.int(1, 28);
  return { start, end: `${endYear}-${pad(endMonth)}-${pad(endDay)}` };
}
