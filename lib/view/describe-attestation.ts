import type { AllianceModel } from "../graph/alliance-model";
import { type Attestation, type AttestationStatus, type Closure, CONTINUATION_HORIZON_YEARS, type MomentLike, periodOf, statusIn, yearsOfDays, type YearSpan } from "../time";
import { relationTypeInfo } from "../vocabulary/vocabulary";
import { yearOf } from "../vocabulary/dates";
import { formatPartialDate } from "./format-date";
import { findActor, findRelation } from "./lookup";

/** What a source attests of a relation, and what the map assumes after, in words. */
export interface AttestationDescription {
  attestation: Attestation;
  /** "ended": a source states its end; "open": no source ends it (it may continue unattested). */
  kind: "ended" | "open";
  /** The year of the last attested date: "last attested 2018". */
  lastAttestedYear: number;
  /** The years it is drawn as continuing unattested, or null. */
  continuationYears: YearSpan | null;
  /** One sentence: what is attested, until when; what the map assumes after, and what closes it. */
  text: string;
  /** What closes the continuation, in words ("Iran opposes Taliban from April 2021"), and the relation that does, if one does. */
  closedBy: { text: string; relationId: string | null } | null;
}

/** Describes a relation's attestation (lib/time/attestation) for the citation panel, compare and the dyad. */
export function describeAttestation(model: AllianceModel, relationId: string): AttestationDescription {
  const attestation = model.graph.getEdgeAttribute(relationId, "attestation");
  const last = formatPartialDate(attestation.lastAttested);
  const lastAttestedYear = yearOf(attestation.lastAttested);
  if (attestation.basis === "stated-end") {
    return { attestation, kind: "ended", lastAttestedYear, continuationYears: null, closedBy: null, text: `Ended ${last}, as its sources state.` };
  }
  const since = attestation.basis === "reported" ? `Attested to ${last} (its sources say it still held when they reported)` : `Last attested ${last}${attestation.basis === "recorded" ? " (its last dated event)" : ""}`;
  const continuation = attestation.continuation;
  if (continuation === null) return { attestation, kind: "open", lastAttestedYear, continuationYears: null, closedBy: null, text: `${since}; no source says it ended.` };
  const closedBy = describeClosure(model, continuation.closedBy);
  const years = yearsOfDays(continuation);
  const assumed = `No source says it ended, so the map draws it as continuing, not attested since ${lastAttestedYear}, ${years.from === years.to ? `in ${years.from}` : `${years.from}–${years.to}`}`;
  return { attestation, kind: "open", lastAttestedYear, continuationYears: years, closedBy, text: `${since}. ${assumed}, until ${closedBy.text}.` };
}

function describeClosure(model: AllianceModel, closure: Closure): { text: string; relationId: string | null } {
  switch (closure.kind) {
    case "contrary":
    case "renewed": {
      const other = findRelation(model, closure.relationId);
      const words = other === null ? closure.relationId : `${nameOf(model, other.source)} ${relationTypeInfo(other.type).verb} ${nameOf(model, other.target)}`;
      const why = closure.kind === "contrary" ? "a contrary relation between the two" : "the same tie attested afresh";
      return { text: `${words} from ${formatPartialDate(closure.date)} (${why})`, relationId: closure.relationId };
    }
    case "actor-end":
      return { text: `${nameOf(model, closure.actorId)} ceased to exist (${formatPartialDate(closure.date)})`, relationId: null };
    case "horizon":
      return { text: `${closure.date}, ${CONTINUATION_HORIZON_YEARS} years on, the longest the map assumes anything`, relationId: null };
    case "present":
      return { text: `the data's present (${closure.date})`, relationId: null };
  }
}

function nameOf(model: AllianceModel, actorId: string): string {
  return findActor(model, actorId)?.name ?? actorId;
}

/** How a relation stands in a year or a month: attested, continuing unattested, or not on the map (null). */
export function attestationStatusIn(model: AllianceModel, relationId: string, at: MomentLike): AttestationStatus | null {
  return statusIn(model.graph.getEdgeAttribute(relationId, "attestation"), periodOf(at));
}
