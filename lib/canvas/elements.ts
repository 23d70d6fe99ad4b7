import type { AllianceModel } from "../graph/alliance-model";
import { type ActorKind, type RelationType, relationTypeInfo } from "../vocabulary/vocabulary";
import { orderedPair, pairKey } from "../graph/pair-key";
import type { PairTone } from "../snapshot/snapshot-pairs";
import { DIRECTED_CLASS, DISPUTED_CLASS, kindClass, PAIR_CLASS, typeClass } from "./stylesheet";
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
  /** `actors` are the relation's source and target actor ids, as a pair line's are. */
  data: { id: string; relationId: string; source: string; target: string; actors: readonly [string, string]; type: RelationType; disputed: boolean; lastAttested: string };
  classes: string;
}

/** What a pair line says in a year: the relations it stands for, their types, its badge and tone. */
export interface PairLineData {
  relationIds: readonly string[];
  types: readonly RelationType[];
  count: number;
  /** The count, with ⚠ when one of the relations is disputed: what the line's middle shows. */
  badge: string;
  tone: PairTone;
  disputed: boolean;
  /** No source attests any of them in the year: the line is drawn as a continuation is. */
  assumed: boolean;
}

export const EMPTY_PAIR_LINE: PairLineData = { relationIds: [], types: [], count: 0, badge: "", tone: "neutral", disputed: false, assumed: false };

/**
 * One line for a pair of actors with several relations in a year, drawn instead of them. Its
 * relation data (which relations, their types, the badge, the tone) is set for the year shown.
 */
export interface PairElement {
  group: "edges";
  data: { id: string; source: string; target: string; pair: true; actors: readonly [string, string] } & PairLineData;
  classes: string;
}

export type GraphElement = NodeElement | EdgeElement | PairElement;

// Actor and relation ids are unique only within their kind, while Cytoscape needs one id space.
export const nodeElementId = (actorId: string): string => `actor:${actorId}`;
export const edgeElementId = (relationId: string): string => `relation:${relationId}`;
export const pairElementId = (key: string): string => `${PAIR_PREFIX}${key}`;
export const PAIR_PREFIX = "pair:";

/**
 * Every actor and every relation of every year, built once: each enters the renderer when a year
 * first needs it (sync-canvas.ts) and is never removed; the year and the filters are classes. Nodes
 * start on a circle in id order, which gives the layout a repeatable starting point.
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
        actors: [relation.source, relation.target],
        type: relation.type,
        disputed,
        // The label the "unattested" mark shows in the years the relation only continues.
        lastAttested: `last attested ${model.graph.getEdgeAttribute(relation.id, "attestation").lastAttested.slice(0, 4)}`,
      },
      classes: classes.join(" "),
    };
  });
  return [...nodes, ...edges, ...pairElements(model)];
}

/** A line for every pair with two relations or more (only those can ever be drawn as one). */
function pairElements(model: AllianceModel): PairElement[] {
  return [...linkedPairs(model)].map(([key, actors]) => ({
    group: "edges",
    data: { id: pairElementId(key), source: nodeElementId(actors[0]), target: nodeElementId(actors[1]), pair: true, actors, ...EMPTY_PAIR_LINE },
    classes: PAIR_CLASS,
  }));
}

const pairsByModel = new WeakMap<AllianceModel, ReadonlyMap<string, readonly [string, string]>>();

/** The pairs with two relations or more, by pair key, with their actors in key order. */
export function linkedPairs(model: AllianceModel): ReadonlyMap<string, readonly [string, string]> {
  const cached = pairsByModel.get(model);
  if (cached !== undefined) return cached;
  const counts = new Map<string, number>();
  for (const relation of model.dataset.relations) {
    const key = pairKey(relation.source, relation.target);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const pairs = new Map<string, readonly [string, string]>();
  for (const relation of model.dataset.relations) {
    const key = pairKey(relation.source, relation.target);
    if ((counts.get(key) ?? 0) >= 2 && !pairs.has(key)) pairs.set(key, orderedPair(relation.source, relation.target));
  }
  pairsByModel.set(model, pairs);
  return pairs;
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
