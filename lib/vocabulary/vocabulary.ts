// The closed vocabularies of the data format, as plain constants without zod, so the browser can
// import them without shipping the schema library. The zod enums in the schema files are built
// from these same arrays: one source of truth for the data, the map and the filters.

/**
 * The closed vocabulary of relation types. `directed` types read "source <verb> target";
 * undirected ones are symmetric, so their source/target order carries no meaning.
 * `sign` is the type's polarity for structural-balance analysis: +1 friendly, -1 hostile, 0 neutral.
 */
export const RELATION_TYPES = {
  ally: { label: "ally", verb: "is allied with", directed: false, sign: 1, description: "A declared or acknowledged alliance or partnership." },
  cooperates: { label: "cooperates", verb: "cooperates with", directed: false, sign: 1, description: "Practical cooperation (intelligence, diplomacy, joint operations) without a formal alliance." },
  supports: { label: "supports", verb: "supports", directed: true, sign: 1, description: "Source backs target politically, diplomatically or materially (when no narrower type fits)." },
  funds: { label: "funds", verb: "funds", directed: true, sign: 1, description: "Source gives target money." },
  arms: { label: "arms", verb: "arms", directed: true, sign: 1, description: "Source supplies target with weapons or military equipment (including by sale)." },
  trains: { label: "trains", verb: "trains", directed: true, sign: 1, description: "Source trains target's fighters or forces." },
  advises: { label: "advises", verb: "advises", directed: true, sign: 1, description: "Source's officers or advisers advise target's forces in the field." },
  hosts: { label: "hosts", verb: "hosts", directed: true, sign: 1, description: "Source gives target refuge or a base on its territory." },
  "proxy-of": { label: "proxy of", verb: "is a proxy of", directed: true, sign: 1, description: "Source acts on behalf of target, which sponsors and steers it." },
  "member-of": { label: "member of", verb: "is part of", directed: true, sign: 1, description: "Source is a member, component or wing of target: a party inside a government, a militia inside an umbrella force." },
  continues: { label: "continues", verb: "continues", directed: true, sign: 0, description: "Lineage: source is the successor of target (a renamed, re-founded or current version of it), from when the source says so." },
  negotiates: { label: "negotiates", verb: "negotiates with", directed: false, sign: 0, description: "Talks or meetings between the two, whatever their outcome." },
  rival: { label: "rival", verb: "is a rival of", directed: false, sign: -1, description: "Competition or hostility short of open war; tensions and standoffs." },
  enemy: { label: "enemy", verb: "is an enemy of", directed: false, sign: -1, description: "Open enmity or war between the two." },
  clashes: { label: "clashes", verb: "clashes with", directed: false, sign: -1, description: "Armed clashes between the two's forces, as on a border." },
  attacks: { label: "attacks", verb: "attacks", directed: true, sign: -1, description: "Source carries out an attack or killing against target." },
  sanctions: { label: "sanctions", verb: "sanctions", directed: true, sign: -1, description: "Source imposes sanctions or a blockade on target." },
  opposes: { label: "opposes", verb: "opposes", directed: true, sign: -1, description: "Source refuses to back, or works against, target's course of action." },
  criticizes: { label: "criticizes", verb: "criticizes", directed: true, sign: -1, description: "Source publicly criticizes or rebukes target." },
} as const satisfies Record<string, RelationTypeInfo>;

export interface RelationTypeInfo {
  label: string;
  verb: string;
  directed: boolean;
  sign: 1 | 0 | -1;
  description: string;
}

export type RelationType = keyof typeof RELATION_TYPES;

export const RELATION_TYPE_IDS = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];

export function relationTypeInfo(type: RelationType): RelationTypeInfo {
  return RELATION_TYPES[type];
}

/** How a claim knows what it says, with the words the filters and panels use. */
export const EVIDENCE_KINDS = {
  fact: "The source states it as fact",
  participant: "A participant's own statement",
  secondhand: "A secondhand report",
  analysis: "Opinion or analysis",
} as const;

export type EvidenceKind = keyof typeof EVIDENCE_KINDS;

export const EVIDENCE_KIND_IDS = Object.keys(EVIDENCE_KINDS) as [EvidenceKind, ...EvidenceKind[]];

export const ACTOR_KINDS = [
  "state",
  "government",
  "armed-group",
  "militia",
  "political-party",
  "community",
  "coalition",
  "religious-authority",
  "international-organization",
] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];

export const SOURCE_KINDS = ["news-report", "opinion", "analysis", "advocacy", "history", "official-statement", "book"] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];
