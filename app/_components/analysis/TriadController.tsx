"use client";

import type { Core } from "cytoscape";
import { useEffect } from "react";
import type { Triad } from "@/lib/analysis";
import { edgeElementId, nodeElementId } from "@/lib/canvas";
import { ANALYSIS_CLASSES } from "./analysis-encodings";

/** The relation ids that make up a triad in its year. */
export function triadRelationIds(triad: Triad): string[] {
  return triad.pairs.flatMap((pair) => [...pair.positive, ...pair.negative]);
}

/**
 * Highlights one triad on the live instance: its three actors and their signed relations get
 * `triad-focus`, everything else `triad-dim`. A null triad clears both. Renders nothing.
 */
export function TriadController({ cy, triad }: { cy: Core | null; triad: Triad | null }) {
  useEffect(() => {
    if (cy === null) return;
    cy.batch(() => {
      cy.elements(`.${ANALYSIS_CLASSES.triadFocus}, .${ANALYSIS_CLASSES.triadDim}`).removeClass(`${ANALYSIS_CLASSES.triadFocus} ${ANALYSIS_CLASSES.triadDim}`);
      if (triad === null) return;
      const members = new Set([...triad.actors.map(nodeElementId), ...triadRelationIds(triad).map(edgeElementId)]);
      cy.elements().forEach((element) => {
        element.addClass(members.has(element.id()) ? ANALYSIS_CLASSES.triadFocus : ANALYSIS_CLASSES.triadDim);
      });
    });
    return () => {
      cy.elements().removeClass(`${ANALYSIS_CLASSES.triadFocus} ${ANALYSIS_CLASSES.triadDim}`);
    };
  }, [cy, triad]);
  return null;
}
