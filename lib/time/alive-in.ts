import type { Actor } from "../schema";
import { earliestDay, latestDay, touchesPeriod } from "./day-span";

/** Whether an actor's lifespan shares a day with a period ("2001", "2001-10"); unknown bounds are open. */
export function aliveIn(actor: Pick<Actor, "lifespan">, period: string): boolean {
  const lifespan = actor.lifespan;
  if (lifespan === undefined) return true;
  const from = lifespan.start === "unknown" ? "0000-01-01" : earliestDay(lifespan.start);
  const to = lifespan.end === "ongoing" || lifespan.end === "unknown" ? "9999-12-31" : latestDay(lifespan.end);
  return touchesPeriod({ from, to }, period);
}
