"use client";

import type { Core } from "cytoscape";
import { useEffect } from "react";
import type { YearComparison } from "@/lib/analysis";
import type { AllianceModel } from "@/lib/graph/alliance-model";
import { edgeElementId, nodeElementId } from "@/lib/canvas";
import { ANALYSIS_CLASSES, type ChangeKind } from "./analysis-encodings";
import { type RelationPredicate } from "@/lib/filters";

const KINDS: readonly ChangeKind[] = ["formed", "ended", "held"];
const ALL_CLASSES = [ANALYSIS_CLASSES.compareVisible, ...KINDS.map(ANALYSIS_CLASSES.change)].join(" ");

/**
 * Draws a comparison of two years on the live instance: each relation of either year gets its
 * change class, and those the map's year hides (and their actors) are brought back with
 * `cmp-visible`, so both years' relations show at once. The year and filter classes are never
 * touched. Renders nothing; a null comparison clears the marks.
 */
export function CompareController({ cy, model, comparison, passes }: { cy: Core | null; model: AllianceModel; comparison: YearComparison | null; passes: RelationPredicate }) {
  useEffect(() => {
    if (cy === null) return;
    cy.batch(() => {
      cy.elements(`.${ANALYSIS_CLASSES.compareVisible}, .cmp-formed, .cmp-ended, .cmp-held`).removeClass(ALL_CLASSES);
      if (comparison === null) return;
      for (const kind of KINDS) {
        for (const id of comparison[kind]) {
          const relation = model.graph.getEdgeAttribute(id, "relation");
          if (!passes(relation)) continue;
          cy.getElementById(edgeElementId(id)).addClass(`${ANALYSIS_CLASSES.change(kind)} ${ANALYSIS_CLASSES.compareVisible}`);
          cy.getElementById(nodeElementId(relation.source)).addClass(ANALYSIS_CLASSES.compareVisible);
          cy.getElementById(nodeElementId(relation.target)).addClass(ANALYSIS_CLASSES.compareVisible);
        }
      }
    });
  }, [cy, model, comparison, passes]);

  // Leaving the explorer (or the compare tab unmounting) must not leave marks behind.
  useEffect(() => {
    if (cy === null) return;
    return () => {
      cy.elements().removeClass(ALL_CLASSES);
    };
  }, [cy]);
  return null;
}
