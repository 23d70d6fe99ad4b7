import type { AllianceModel } from "../graph/alliance-model";
import { type ActorKind, type RelationType, relationTypeInfo } from "../vocabulary/vocabulary";
import { DIRECTED_CLASS, DISPUTED_CLASS, kindClass, typeClass } from "./stylesheet";
import { wrappableLabel } from "./wrappable-label";

export interface Point {
  x: number;
  y: number;
}

export interface NodeElement {
  group: "nodes";
  data: { id: string; actorId: string; label: string; kind: ActorKind };
  classes: string;
  position: Point;
}

export interface EdgeElement {
  group: "edges";
  data: { id: string; relationId: string; source: string; target: string; type: RelationType; disputed: boolean; lastAttested: string };
  classes: string;
}

export type GraphElement = NodeElement | EdgeElement;

// Actor and relation ids are unique only within their kind, while Cytoscape needs one id space.
export const nodeElementId = (actorId: string): string => `actor:${actorId}`;
export const edgeElementId = (relationId: string): string => `relation:${relationId}`;

/**
 * Every actor and every relation of every year, built once: the year and the filters are applied
 * later as classes, so the renderer never adds or removes elements. Nodes start on a circle in id
 * order, which gives the layout a repeatable starting point.
 */
export function graphElements(model: AllianceModel): GraphElement[] {
  const positions = circlePositions(model.dataset.actors.map((actor) => actor.id));
  const nodes: NodeElement[] = model.dataset.actors.map((actor) => ({
    group: "nodes",
    data: { id: nodeElementId(actor.id), actorId: actor.id, label: wrappableLabel(actor.name), kind: actor.kind },
    classes: kindClass(actor.kind),
    position: positions.get(actor.id) ?? { x: 0, y: 0 },
  }));
  const edges: EdgeElement[] = model.dataset.relations.map((relation) => {
    const disputed = model.graph.getEdgeAttribute(relation.id, "disputes").length > 0;
    const classes = [typeClass(relation.type)];
    if (relationTypeInfo(relation.type).directed) classes.push(DIRECTED_CLASS);
    if (disputed) classes.push(DISPUTED_CLASS);
    return {
      group: "edges",
      data: {
        id: edgeElementId(relation.id),
        relationId: relation.id,
        source: nodeElementId(relation.source),
        target: nodeElementId(relation.target),
        type: relation.type,
        disputed,
        // The label the "unattested" mark shows in the years the relation only continues.
        lastAttested: `last attested ${model.graph.getEdgeAttribute(relation.id, "attestation").lastAttested.slice(0, 4)}`,
      },
      classes: classes.join(" "),
    };
  });
  return [...nodes, ...edges];
}

/** Points on a circle, one per id, in code-point order of the ids (locale-independent). */
export function circlePositions(ids: readonly string[], spacing = 60): Map<string, Point> {
  const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const radius = Math.max(100, (sorted.length * spacing) / (2 * Math.PI));
  const positions = new Map<string, Point>();
  sorted.forEach((id, index) => {
    const angle = (2 * Math.PI * index) / sorted.length;
    positions.set(id, { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) });
  });
  return positions;
}
