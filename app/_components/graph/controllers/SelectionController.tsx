"use client";

import type { Core, EventObject, SingularElementReturnValue } from "cytoscape";
import { useEffect, useRef } from "react";
import { edgeElementId, nodeElementId, pairElementId } from "@/lib/canvas";
import { pairKey } from "@/lib/graph";
import type { Selection } from "@/lib/view-state";

export interface FocusRequest {
  actorId: string;
  /** Bumped on each request, so choosing the same actor twice centres it twice. */
  serial: number;
}

interface SelectionControllerProps {
  cy: Core | null;
  selection: Selection;
  focus: FocusRequest | null;
  onSelect: (selection: Selection) => void;
}

/**
 * Clicks on the canvas become selections (pair line: pair, edge: relation, node: actor, background: none); a
 * focus request (search) centres an actor; a selection made elsewhere (the table, a panel, a
 * link) that lies outside the view is panned into it. The outline is a mark of the canvas description.
 */
export function SelectionController({ cy, selection, focus, onSelect }: SelectionControllerProps) {
  // Handlers are bound once per instance and call whatever onSelect is current.
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    if (cy === null) return;
    const onTap = (event: EventObject) => {
      if (event.target === cy) {
        onSelectRef.current(null);
        return;
      }
      const element = event.target as SingularElementReturnValue;
      if (element.data("pair") === true) {
        const [a, b] = element.data("actors") as [string, string];
        onSelectRef.current({ kind: "pair", id: pairKey(a, b) });
      } else if (element.group() === "edges") onSelectRef.current({ kind: "relation", id: String(element.data("relationId")) });
      else onSelectRef.current({ kind: "actor", id: String(element.data("actorId")) });
    };
    cy.on("tap", onTap);
    return () => {
      cy.off("tap", onTap);
    };
  }, [cy]);

  const kind = selection?.kind ?? null;
  const id = selection?.id ?? null;
  useEffect(() => {
    if (cy === null || kind === null || id === null) return;
    // After the frame, so the description (the year, the selection) is applied and drawn.
    const frame = window.requestAnimationFrame(() => {
      const element = drawnElementOf(cy, kind, id);
      if (element === null || isInView(cy, element.renderedBoundingBox())) return;
      const box = element.boundingBox();
      const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
      const zoom = cy.zoom();
      cy.animate({ pan: { x: cy.width() / 2 - centre.x * zoom, y: cy.height() / 2 - centre.y * zoom } }, { duration: 300 });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [cy, kind, id]);

  useEffect(() => {
    if (cy === null || focus === null) return;
    const node = cy.getElementById(nodeElementId(focus.actorId));
    if (node.empty()) return;
    // Centre the node itself: Cytoscape's `center` centres its box, label included, which sits lower.
    const zoom = Math.max(cy.zoom(), 1);
    const position = node.position();
    cy.animate({ zoom, pan: { x: cy.width() / 2 - position.x * zoom, y: cy.height() / 2 - position.y * zoom } }, { duration: 350 });
  }, [cy, focus]);
  return null;
}

/** What draws the selection: the actor, the relation or the pair line carrying it, or the pair's line. */
function drawnElementOf(cy: Core, kind: NonNullable<Selection>["kind"], id: string): SingularElementReturnValue | null {
  const ids = kind === "actor" ? [nodeElementId(id)] : kind === "pair" ? [pairElementId(id)] : [edgeElementId(id), ...pairLineIdsOf(cy, id)];
  for (const candidate of ids) {
    const element = cy.getElementById(candidate);
    if (!element.empty() && element.visible()) return element;
  }
  return null;
}

function pairLineIdsOf(cy: Core, relationId: string): string[] {
  const edge = cy.getElementById(edgeElementId(relationId));
  if (edge.empty()) return [];
  const [a, b] = edge.data("actors") as [string, string];
  return [pairElementId(pairKey(a, b))];
}

/** True when the box lies inside the canvas, a small margin in from its edges. */
function isInView(cy: Core, box: { x1: number; y1: number; x2: number; y2: number }): boolean {
  const margin = 8;
  return box.x1 >= margin && box.y1 >= margin && box.x2 <= cy.width() - margin && box.y2 <= cy.height() - margin;
}
