import type { Claim } from "@/lib/schema";
import type { EvidenceKind } from "@/lib/vocabulary";

/** A form field's text as an optional record field: blank is "not given", never an empty string. */
export const given = (text: string): string | undefined => (text.trim() === "" ? undefined : text.trim());

/** A list typed as "a; b; c" (or one per line). */
export const listOf = (text: string): string[] =>
  text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");

/** A claim as its form holds it: every field a string, the speaker flattened. */
export interface ClaimDraft {
  source: string;
  quote: string;
  evidence: EvidenceKind;
  speakerName: string;
  speakerRole: string;
  speakerActor: string;
  note: string;
}

export const emptyClaim = (source: string): ClaimDraft => ({ source, quote: "", evidence: "fact", speakerName: "", speakerRole: "", speakerActor: "", note: "" });

export function claimDraftOf(claim: Claim): ClaimDraft {
  return {
    source: claim.source,
    quote: claim.quote,
    evidence: claim.evidence,
    speakerName: claim.speaker?.name ?? "",
    speakerRole: claim.speaker?.role ?? "",
    speakerActor: claim.speaker?.actor ?? "",
    note: claim.note ?? "",
  };
}

/** The claim a draft stands for; the validator checks it (a role without a speaker's name is refused there). */
export function claimOf(draft: ClaimDraft): Claim {
  const name = given(draft.speakerName);
  const role = given(draft.speakerRole);
  const actor = given(draft.speakerActor);
  const speaker = name === undefined && role === undefined && actor === undefined ? undefined : { name: name ?? "", ...(role === undefined ? {} : { role }), ...(actor === undefined ? {} : { actor }) };
  const note = given(draft.note);
  return { source: draft.source, quote: draft.quote, evidence: draft.evidence, ...(speaker === undefined ? {} : { speaker }), ...(note === undefined ? {} : { note }) };
}

/** An id in the data's kebab-case from words: "Iran funds Karzai 2010" → "iran-funds-karzai-2010". */
export function kebabOf(...words: string[]): string {
  return words
    .join(" ")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 160);
}
