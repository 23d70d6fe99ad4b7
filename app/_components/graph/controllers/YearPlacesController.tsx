"use client";

import type { Core } from "cytoscape";
import { useEffect, useRef } from "react";
import { nodeElementId } from "@/lib/canvas";
import { type Arrangement, arrangedPlaces, type YearPlaces } from "@/lib/layout";

const MOVE_MS = 350;

/**
 * Puts every actor where the year's layout has it: at once on a fresh instance, then, as the year
 * changes, animated so the eye can follow who moved (instantly when the reader asks for reduced
 * motion), and again on "Reset layout". The reader's own arrangement of a year wins over the
 * layout's. Renders nothing; touches only positions, never classes.
 */
export function YearPlacesController({ cy, places, arrangement, year }: { cy: Core | null; places: YearPlaces | null; arrangement: Arrangement; year: number }) {
  const placedOn = useRef<Core | null>(null);
  const placedFrom = useRef<{ base: unknown; own: unknown } | null>(null);
  useEffect(() => {
    if (cy === null || places === null) return;
    const fresh = placedOn.current !== cy;
    placedOn.current = cy;
    // Years sharing one record (one place per actor, at scale) move nobody: skip looking at 2,000 nodes per step.
    const from = { base: places[String(year)], own: arrangement[String(year)] };
    const same = !fresh && placedFrom.current !== null && placedFrom.current.base === from.base && placedFrom.current.own === from.own;
    placedFrom.current = from;
    if (same) return;
    const still = fresh || window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    const target = arrangedPlaces(places, arrangement, year);
    cy.nodes().stop(true, false);
    cy.batch(() => {
      for (const [actorId, [x, y]] of Object.entries(target)) {
        const node = cy.getElementById(nodeElementId(actorId));
        if (node.empty()) continue;
        const now = node.position();
        if (now.x === x && now.y === y) continue;
        if (still) node.position({ x, y });
        else node.animate({ position: { x, y } }, { duration: MOVE_MS, easing: "ease-in-out-cubic" });
      }
    });
    // A new arrangement (a drag, Re-arrange, Reset layout) runs this again for the same year.
  }, [cy, places, arrangement, year]);
  return null;
}
