"use client";

import type { Core, EventObject, SingularElementReturnValue } from "cytoscape";
import { useEffect, useRef } from "react";
import { nodeElementId } from "@/lib/canvas";
import type { Selection } from "@/lib/view-state";

export interface FocusRequest {
  actorId: string;
  /** Bumped on each request, so choosing the same actor twice centres it twice. */
  serial: number;
}

interface SelectionControllerProps {
  cy: Core | null;
  focus: FocusRequest | null;
  onSelect: (selection: Selection) => void;
}

/**
 * Clicks on the canvas become selections (edge: relation, node: actor, background: none); a
 * focus request (search) centres an actor. The outline is a mark of the canvas description.
 */
export function SelectionController({ cy, focus, onSelect }: SelectionControllerProps) {
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
      if (element.group() === "edges") onSelectRef.current({ kind: "relation", id: String(element.data("relationId")) });
      else onSelectRef.current({ kind: "actor", id: String(element.data("actorId")) });
    };
    cy.on("tap", onTap);
    return () => {
      cy.off("tap", onTap);
    };
  }, [cy]);

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
