"use client";

import type { Core } from "cytoscape";
import { useEffect, useRef } from "react";
import type { AllianceModel } from "@/lib/graph/alliance-model";
import { changeBetween, presentAt } from "@/lib/graph/time-index";
import { edgeElementId, nodeElementId, VIEW_CLASSES } from "@/lib/canvas";
import { perfCounters, recordYearStep } from "../perf";
import { naiveBenchMode, naiveShowYear } from "./bench-hooks";

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
    // Read on the first pass, before any step rewrites the URL.
    const naive = naiveBenchMode();
    if (last !== null && last.cy === cy && last.model === model && naive) {
      if (last.year !== year) {
        const started = performance.now();
        const added = naiveShowYear(cy, model, year);
        recordYearStep(last.year, year, added, performance.now() - started);
      }
      applied.current = { cy, model, year };
      return;
    }
    const from = last === null || last.cy !== cy || last.model !== model ? null : last.year;
    const started = performance.now();
    let changed = 0;
    cy.batch(() => {
      if (from === null) showWholeYear(cy, model, year);
      else if (from !== year) changed = showChange(cy, model, from, year);
    });
    // The batch's end (Cytoscape's style update of the touched elements) is counted as ours.
    const ownMs = performance.now() - started;
    if (from === null) perfCounters().firstPassMs = ownMs;
    else if (from !== year) recordYearStep(from, year, changed, ownMs);
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

/** Toggles only what changes between the two years; returns how many elements it touched. */
function showChange(cy: Core, model: AllianceModel, from: number, to: number): number {
  const actors = changeBetween(model.actorIndex, from, to);
  const relations = changeBetween(model.relationIndex, from, to);
  for (const id of actors.added) cy.getElementById(nodeElementId(id)).removeClass(VIEW_CLASSES.offYear);
  for (const id of actors.removed) cy.getElementById(nodeElementId(id)).addClass(VIEW_CLASSES.offYear);
  for (const id of relations.added) cy.getElementById(edgeElementId(id)).removeClass(VIEW_CLASSES.offYear);
  for (const id of relations.removed) cy.getElementById(edgeElementId(id)).addClass(VIEW_CLASSES.offYear);
  return actors.added.length + actors.removed.length + relations.added.length + relations.removed.length;
}
