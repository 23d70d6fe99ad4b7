import type { Actor, Claim, Dispute, Relation, Source } from "../schema";

/**
 * One change a form asks for. Records come from forms, so they are checked by the validator's
 * schemas before they become data; `replaces` names the record edited (null: a new one).
 */
export type Edit =
  | { kind: "put-actor"; actor: Actor; replaces: string | null }
  | { kind: "remove-actor"; id: string }
  /** `text`: the source's full text, which its quotes are checked against (null: none, not verified). */
  | { kind: "put-source"; source: Source; text: string | null; replaces: string | null }
  | { kind: "remove-source"; id: string }
  | { kind: "put-relation"; relation: Relation; replaces: string | null }
  | { kind: "remove-relation"; id: string }
  /** `index`: the claim edited, or null to add one. */
  | { kind: "put-claim"; relation: string; index: number | null; claim: Claim }
  | { kind: "remove-claim"; relation: string; index: number }
  | { kind: "put-dispute"; dispute: Dispute; replaces: string | null }
  | { kind: "remove-dispute"; id: string };

/** What an edit says in the undo history and in messages: "add actor hezbollah". */
export function describeEdit(edit: Edit): string {
  switch (edit.kind) {
    case "put-actor":
      return `${edit.replaces === null ? "add" : "edit"} actor ${edit.actor.id}`;
    case "put-source":
      return `${edit.replaces === null ? "add" : "edit"} source ${edit.source.id}`;
    case "put-relation":
      return `${edit.replaces === null ? "add" : "edit"} relation ${edit.relation.id}`;
    case "put-dispute":
      return `${edit.replaces === null ? "add" : "edit"} dispute ${edit.dispute.id}`;
    case "put-claim":
      return edit.index === null ? `add a claim to ${edit.relation}` : `edit claim ${edit.index + 1} of ${edit.relation}`;
    case "remove-claim":
      return `remove claim ${edit.index + 1} of ${edit.relation}`;
    default:
      return `remove ${edit.kind.slice("remove-".length)} ${edit.id}`;
  }
}
