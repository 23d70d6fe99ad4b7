import type { AllianceModel } from "../graph/alliance-model";
import type { Actor, Relation } from "../schema";
import { relationTypeInfo } from "../vocabulary/vocabulary";
import { describeSpan, type SpanDescription } from "./describe-span";
import { findActor, findRelation } from "./lookup";

export interface RelationDescription {
  relation: Relation;
  source: Actor;
  target: Actor;
  /** The type's verb: "funds", "is an enemy of". */
  verb: string;
  /** The type's short label: "funds", "enemy", "proxy of". */
  typeLabel: string;
  directed: boolean;
  span: SpanDescription;
  /** One line for tooltips and list items: "Iran funds Karzai government, 2010". */
  text: string;
}

/**
 * A relation's parts in words. Throws on an unknown id: callers hold ids taken from the model;
 * use findRelation first for ids from outside (a URL).
 */
export function describeRelationParts(model: AllianceModel, relationId: string): RelationDescription {
  const relation = findRelation(model, relationId);
  if (relation === null) throw new Error(`describe-relation: no relation "${relationId}"`);
  const source = mustFindActor(model, relation.source);
  const target = mustFindActor(model, relation.target);
  const info = relationTypeInfo(relation.type);
  const span = describeSpan(relation, model.years.last);
  // An unknown end is flagged so a reader never takes the single year for the whole story.
  const years = span.endUnknown ? `${span.yearLabel} (end not stated)` : span.yearLabel;
  return {
    relation,
    source,
    target,
    verb: info.verb,
    typeLabel: info.label,
    directed: info.directed,
    span,
    text: `${source.name} ${info.verb} ${target.name}, ${years}`,
  };
}

/** "Iran funds Karzai government, 2010"; "Iran is an enemy of Taliban, 1996–2001"; "…, 2021–present". */
export function describeRelation(model: AllianceModel, relationId: string): string {
  return describeRelationParts(model, relationId).text;
}

function mustFindActor(model: AllianceModel, actorId: string): Actor {
  const actor = findActor(model, actorId);
  if (actor === null) throw new Error(`describe-relation: no actor "${actorId}"`);
  return actor;
}

/** A terse label for a bar or chip: "Iran enemy Taliban 1996–2001", flagged when disputed or open-ended. */
export function relationShortLabel(description: RelationDescription, disputed: boolean): string {
  const flags = [description.span.endUnknown ? "end not stated" : null, disputed ? "disputed" : null].filter((flag) => flag !== null);
  const base = `${description.source.name} ${description.typeLabel} ${description.target.name} ${description.span.yearLabel}`;
  return flags.length === 0 ? base : `${base} (${flags.join(", ")})`;
}
