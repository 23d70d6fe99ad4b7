"use client";

import type { Core, EventObject, NodeSingular } from "cytoscape";
import { useEffect, useRef } from "react";

/** An actor dropped after a drag is the reader's arrangement of the year. Renders nothing. */
export function DragController({ cy, year, onPlaced }: { cy: Core | null; year: number; onPlaced: (year: number, placed: Record<string, [number, number]>) => void }) {
  const latest = useRef({ year, onPlaced });
  useEffect(() => {
    latest.current = { year, onPlaced };
  });
  useEffect(() => {
    if (cy === null) return;
    const onDrop = (event: EventObject) => {
      const node = event.target as NodeSingular;
      const { x, y } = node.position();
      latest.current.onPlaced(latest.current.year, { [String(node.data("actorId"))]: [x, y] });
    };
    cy.on("dragfree", "node", onDrop);
    return () => {
      cy.off("dragfree", "node", onDrop);
    };
  }, [cy]);
  return null;
}
