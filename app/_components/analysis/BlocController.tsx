"use client";

import type { Core } from "cytoscape";
import { useEffect } from "react";
import { cachedBlocsByYear } from "@/lib/analysis/blocs-by-year";
import type { AllianceModel } from "@/lib/graph/alliance-model";
import { nodeElementId } from "@/lib/canvas";
import { ANALYSIS_CLASSES, BLOC_ENCODINGS, blocEncoding } from "./analysis-encodings";

const ALL_BLOC_CLASSES = BLOC_ENCODINGS.map((_, index) => ANALYSIS_CLASSES.bloc(index)).join(" ");

export interface BlocControllerProps {
  cy: Core | null;
  model: AllianceModel;
  year: number;
}

/**
 * Rings each actor in its bloc's colour for the year shown. Mounted only while "Colour by bloc"
 * is on (it loads Louvain, lazily); unmounting clears the rings.
 */
export function BlocController({ cy, model, year }: BlocControllerProps) {
  const blocs = cachedBlocsByYear(model).get(year);
  useEffect(() => {
    if (cy === null) return;
    cy.batch(() => {
      cy.nodes().removeClass(ALL_BLOC_CLASSES);
      for (const bloc of blocs ?? []) {
        const blocClass = ANALYSIS_CLASSES.bloc(blocEncoding(bloc.id).index);
        for (const actorId of bloc.members) cy.getElementById(nodeElementId(actorId)).addClass(blocClass);
      }
    });
  }, [cy, blocs]);
  useEffect(() => {
    if (cy === null) return;
    return () => {
      cy.nodes().removeClass(ALL_BLOC_CLASSES);
    };
  }, [cy]);
  return null;
}
