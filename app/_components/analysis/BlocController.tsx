"use client";

import type { Core } from "cytoscape";
import { useEffect } from "react";
import type { Bloc } from "@/lib/analysis";
import { nodeElementId } from "@/lib/graph-view";
import { ANALYSIS_CLASSES, BLOC_ENCODINGS, blocEncoding } from "./analysis-encodings";

const ALL_BLOC_CLASSES = BLOC_ENCODINGS.map((_, index) => ANALYSIS_CLASSES.bloc(index)).join(" ");

/** Rings each actor in its bloc's colour for the year shown; null blocs (the switch off) clears the rings. */
export function BlocController({ cy, blocs }: { cy: Core | null; blocs: readonly Bloc[] | null }) {
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
