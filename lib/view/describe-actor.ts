import type { AllianceModel } from "../graph/alliance-model";
import type { Actor, Lifespan } from "../schema";
import { formatPartialDate } from "./format-date";
import { findActor } from "./lookup";

const KIND_LABELS: Record<Actor["kind"], string> = {
  state: "State",
  government: "Government",
  "armed-group": "Armed group",
  militia: "Militia",
  "political-party": "Political party",
  community: "Community",
  coalition: "Coalition",
  "religious-authority": "Religious authority",
  "international-organization": "International organization",
};

export function actorKindLabel(kind: Actor["kind"]): string {
  return KIND_LABELS[kind];
}

/** "October 1994 – 2001", "since 1994", "founding not stated – 2001", "2014 – end not stated". */
export function describeLifespan(lifespan: Lifespan): string {
  const start = lifespan.start === "unknown" ? null : formatPartialDate(lifespan.start);
  if (lifespan.end === "ongoing") return start === null ? "start not stated, still exists" : `since ${start}`;
  const end = lifespan.end === "unknown" ? "end not stated" : formatPartialDate(lifespan.end);
  return `${start ?? "start not stated"} – ${end}`;
}

/** The actors linked to this one by the parent and predecessor fields, in both directions. */
export interface ActorFamily {
  parent: Actor | null;
  predecessor: Actor | null;
  /** Members: actors whose parent is this one. */
  children: Actor[];
  /** Actors whose predecessor is this one. */
  successors: Actor[];
}

export function actorFamily(model: AllianceModel, actorId: string): ActorFamily {
  const actor = findActor(model, actorId);
  const byName = (a: Actor, b: Actor) => a.name.localeCompare(b.name);
  return {
    parent: actor?.parent === undefined ? null : findActor(model, actor.parent),
    predecessor: actor?.predecessor === undefined ? null : findActor(model, actor.predecessor),
    children: model.dataset.actors.filter((other) => other.parent === actorId).sort(byName),
    successors: model.dataset.actors.filter((other) => other.predecessor === actorId).sort(byName),
  };
}
