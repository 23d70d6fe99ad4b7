"use client";

import type { Core } from "cytoscape";
import { useEffect } from "react";
import type { AllianceModel } from "@/lib/graph/alliance-model";
import { VIEW_CLASSES } from "@/lib/canvas";
import { type RelationPredicate } from "@/lib/filters";

/**
 * Hides relations the filters reject, in every year at once (a filter change is rare and the
 * pass is over relations only), so the year controller never has to consult the filters.
 */
export function FilterController({ cy, model, passes }: { cy: Core | null; model: AllianceModel; passes: RelationPredicate }) {
  useEffect(() => {
    if (cy === null) return;
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        const relationId = edge.data("relationId") as string;
        const hidden = !passes.passesAll && !passes(model.graph.getEdgeAttribute(relationId, "relation"));
        edge.toggleClass(VIEW_CLASSES.filteredOut, hidden);
      });
    });
  }, [cy, model, passes]);
  return null;
}
