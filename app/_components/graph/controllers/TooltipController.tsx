"use client";

import type { Core, EventObject, SingularElementReturnValue } from "cytoscape";
import { useEffect, useState } from "react";
import type { AllianceModel } from "@/lib/graph";
import { actorKindLabel, actorName, describeRelation, findActor } from "@/lib/view";
import styles from "../graph.module.css";

interface Tip {
  text: string;
  x: number;
  y: number;
}

/** A one-line description under the pointer while it rests on an actor or a relation. */
export function TooltipController({ cy, model }: { cy: Core | null; model: AllianceModel }) {
  const [tip, setTip] = useState<Tip | null>(null);
  useEffect(() => {
    if (cy === null) return;
    const show = (event: EventObject) => {
      const text = describeElement(model, event.target as SingularElementReturnValue);
      if (text !== null) setTip({ text, x: event.renderedPosition.x, y: event.renderedPosition.y });
    };
    const hide = () => setTip(null);
    cy.on("mouseover", "node, edge", show);
    cy.on("mouseout", "node, edge", hide);
    cy.on("viewport tapstart", hide);
    return () => {
      cy.off("mouseover", "node, edge", show);
      cy.off("mouseout", "node, edge", hide);
      cy.off("viewport tapstart", hide);
    };
  }, [cy, model]);
  if (tip === null) return null;
  return (
    <div className={styles.tooltip} role="tooltip" style={{ left: tip.x + 14, top: tip.y + 14 }}>
      {tip.text}
    </div>
  );
}

function describeElement(model: AllianceModel, element: SingularElementReturnValue): string | null {
  if (element.data("pair") === true) {
    const ids = element.data("relationIds") as string[];
    const [a, b] = (element.data("actors") as [string, string]).map((id) => actorName(model, id));
    return [`${a} and ${b}: ${ids.length} relations (click to list them)`, ...ids.map((id) => `· ${describeRelation(model, id)}${element.cy().getElementById(`relation:${id}`).hasClass("unattested") ? " — not attested this year" : ""}`)].join("\n");
  }
  if (element.group() === "edges") {
    const id = String(element.data("relationId"));
    const disputed = element.data("disputed") === true;
    return `${describeRelation(model, id)}${disputed ? " — disputed" : ""}`;
  }
  const actor = findActor(model, String(element.data("actorId")));
  return actor === null ? null : `${actor.name} · ${actorKindLabel(actor.kind)}`;
}
