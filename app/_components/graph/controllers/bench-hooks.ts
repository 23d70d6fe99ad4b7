"use client";

import type { Core, ElementDefinition } from "cytoscape";
import type { AllianceModel } from "@/lib/graph/alliance-model";
import { presentAt } from "@/lib/graph/time-index";
import { edgeElementId, nodeElementId, VIEW_CLASSES } from "@/lib/canvas";

/**
 * Benchmark-only: with `?bench=naive` (read once per page load) the year controller shows a year
 * the naive way, rebuilding the elements for each year (remove everything, add the year's), so
 * `npm run bench` can compare it with our class toggling in the same run, driven by the same
 * slider through the same React updates. Never used otherwise.
 */
let mode: "off" | "naive" | null = null;

export function naiveBenchMode(): boolean {
  mode ??= new URLSearchParams(window.location.search).get("bench") === "naive" ? "naive" : "off";
  return mode === "naive";
}

// Every element as first laid out (positions included), captured once per instance.
const captured = new WeakMap<Core, ElementDefinition[]>();

/** Removes every element and adds those present in `year`; returns how many it added. */
export function naiveShowYear(cy: Core, model: AllianceModel, year: number): number {
  let all = captured.get(cy);
  if (all === undefined) {
    all = cy.elements().map((element) => {
      const json = element.json() as ElementDefinition & { classes?: string | string[] };
      const classes = Array.isArray(json.classes) ? json.classes : String(json.classes ?? "").split(/\s+/);
      return { ...json, classes: classes.filter((c) => c !== "" && c !== VIEW_CLASSES.offYear).join(" ") };
    });
    captured.set(cy, all);
  }
  const present = new Set([...presentAt(model.actorIndex, year).map(nodeElementId), ...presentAt(model.relationIndex, year).map(edgeElementId)]);
  const shown = all.filter((element) => present.has(String(element.data.id)));
  cy.batch(() => {
    cy.elements().remove();
    cy.add(shown);
  });
  return shown.length;
}
