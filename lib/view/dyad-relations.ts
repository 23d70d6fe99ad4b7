import type { AllianceModel } from "../graph/alliance-model";
import { type CounterpartRow, relationsByCounterpart } from "./relations-by-counterpart";

/**
 * Every relation between two actors over all years, in either direction, ordered by start then
 * end then type (the actor panel's order), as one timeline row seen from `a`. null when the two
 * never had a recorded relation; an actor paired with itself gives its self-loops, if any.
 */
export function dyadRelations(model: AllianceModel, a: string, b: string): CounterpartRow | null {
  return relationsByCounterpart(model, a).find((row) => row.counterpart.id === b) ?? null;
}
