"use client";

import type { Core } from "cytoscape";
import { useEffect, useRef } from "react";
import { nodeElementId, VIEW_CLASSES } from "@/lib/canvas";
import type { Selection } from "@/lib/view-state";
import { type RelationPredicate } from "@/lib/filters";

interface Focus {
  cy: Core;
  actorId: string;
  /** Element ids left unfaded: the actor, its shown relations and their other ends. */
  members: Set<string>;
}

const HIDDEN = `.${VIEW_CLASSES.offYear}, .${VIEW_CLASSES.filteredOut}`;

/**
 * With an actor selected, fades everything outside its neighbourhood in the year shown. The
 * invariant is "faded ⇔ outside the neighbourhood", over hidden elements too, so when the year
 * moves only the actor's own relations are looked at and only the difference is touched.
 * Must run after the year and filter controllers: it reads their classes.
 */
export function NeighbourhoodController({ cy, selection, year, passes }: { cy: Core | null; selection: Selection; year: number; passes: RelationPredicate }) {
  const focus = useRef<Focus | null>(null);
  useEffect(() => {
    if (cy === null) return;
    const actorId = selection?.kind === "actor" ? selection.id : null;
    const previous = focus.current;
    cy.batch(() => {
      if (actorId === null) {
        if (previous !== null) cy.elements(`.${VIEW_CLASSES.faded}`).removeClass(VIEW_CLASSES.faded);
        focus.current = null;
        return;
      }
      const members = neighbourhood(cy, actorId);
      if (previous !== null && previous.cy === cy && previous.actorId === actorId) {
        for (const id of previous.members) if (!members.has(id)) cy.getElementById(id).addClass(VIEW_CLASSES.faded);
        for (const id of members) if (!previous.members.has(id)) cy.getElementById(id).removeClass(VIEW_CLASSES.faded);
      } else {
        cy.elements().forEach((element) => {
          element.toggleClass(VIEW_CLASSES.faded, !members.has(element.id()));
        });
      }
      focus.current = { cy, actorId, members };
    });
    // year and passes change which relations are shown, read from classes.
  }, [cy, selection, year, passes]);
  return null;
}

function neighbourhood(cy: Core, actorId: string): Set<string> {
  const node = cy.getElementById(nodeElementId(actorId));
  const members = new Set<string>([node.id()]);
  node.connectedEdges().not(HIDDEN).forEach((edge) => {
    members.add(edge.id());
    members.add(edge.source().id());
    members.add(edge.target().id());
  });
  return members;
}
