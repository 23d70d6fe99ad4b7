import type { Attestation } from "./attestation";
import { touchesPeriod, yearsOfDays } from "./day-span";
import type { YearSpan } from "./year-span";
import { type MomentLike, periodOf } from "./moment";

/** How a relation stands in a period: attested there, continuing unattested, or absent (null). */
export type AttestationStatus = "attested" | "unattested";

/**
 * A relation's standing in a period (a year "2018", a month "2018-07", a day): attested when one of
 * the period's days is attested, else unattested when one is in its continuation.
 */
export function statusIn(attestation: Attestation, period: string): AttestationStatus | null {
  if (touchesPeriod(attestation.attested, period)) return "attested";
  if (attestation.continuation !== null && touchesPeriod(attestation.continuation, period)) return "unattested";
  return null;
}

/** The whole years a relation is on the map: its attested years, then those of its continuation. */
export function presenceYears(attestation: Attestation): YearSpan {
  const attested = yearsOfDays(attestation.attested);
  if (attestation.continuation === null) return attested;
  return { from: attested.from, to: Math.max(attested.to, yearsOfDays(attestation.continuation).to) };
}

/** The whole years a source attests the relation in. */
export function attestedYears(attestation: Attestation): YearSpan {
  return yearsOfDays(attestation.attested);
}

/** A year as the period statusIn reads. */
export const yearPeriod = (year: number): string => String(year).padStart(4, "0");

/**
 * Whether the analyses count a relation in the years it only continues, unattested (README "Time
 * as the sources tell it"). On by default, so an analysis reads the map as drawn: a tie the sources
 * last saw in 2018 does not vanish from the balance or the blocs of 2019. `attested=only` turns it off.
 */
export const COUNT_UNATTESTED_BY_DEFAULT = true;

/** Whether a relation is on the map in a year or a month: attested there, or continuing there. */
export function holdsIn(attestation: Attestation, at: MomentLike): boolean {
  return statusIn(attestation, periodOf(at)) !== null;
}
