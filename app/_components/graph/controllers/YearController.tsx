"use client";

import type { Core } from "cytoscape";
import { useEffect, useRef } from "react";
import type { AllianceModel } from "@/lib/graph/alliance-model";
import { changeBetween, presentAt } from "@/lib/graph/time-index";
import { edgeElementId, nodeElementId, VIEW_CLASSES } from "@/lib/graph-view";

interface Applied {
  cy: Core;
  model: AllianceModel;
  year: number;
}

/**
 * Shows the selected year by toggling the off-year class. The first year on an instance takes
 * one pass over everything; after that only the actors and relations that change between the
 * two years are touched, in one batch, so scrubbing costs what changes, not what exists.
 */
export function YearController({ cy, model, year }: { cy: Core | null; model: AllianceModel; year: number }) {
  const applied = useRef<Applied | null>(null);
  useEffect(() => {
    if (cy === null) return;
    const last = applied.current;
    cy.batch(() => {
      if (last === null || last.cy !== cy || last.model !== model) showWholeYear(cy, model, year);
      else if (last.year !== year) showChange(cy, model, last.year, year);
    });
    applied.current = { cy, model, year };
  }, [cy, model, year]);
  return null;
}

function showWholeYear(cy: Core, model: AllianceModel, year: number): void {
  const actors = new Set(presentAt(model.actorIndex, year).map(nodeElementId));
  const relations = new Set(presentAt(model.relationIndex, year).map(edgeElementId));
  cy.nodes().forEach((node) => {
    node.toggleClass(VIEW_CLASSES.offYear, !actors.has(node.id()));
  });
  cy.edges().forEach((edge) => {
    edge.toggleClass(VIEW_CLASSES.offYear, !relations.has(edge.id()));
  });
}

function showChange(cy: Core, model: AllianceModel, from: number, to: number): void {
  const actors = changeBetween(model.actorIndex, from, to);
  const relations = changeBetween(model.relationIndex, from, to);
  for (const id of actors.added) cy.getElementById(nodeElementId(id)).removeClass(VIEW_CLASSES.offYear);
  for (const id of actors.removed) cy.getElementById(nodeElementId(id)).addClass(VIEW_CLASSES.offYear);
  for (const id of relations.added) cy.getElementById(edgeElementId(id)).removeClass(VIEW_CLASSES.offYear);
  for (const id of relations.removed) cy.getElementById(edgeElementId(id)).addClass(VIEW_CLASSES.offYear);
}
