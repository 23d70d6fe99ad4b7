import { z } from "zod";

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

export const RelationTypeSchema = z.enum(RELATION_TYPE_IDS).meta({
  description: Object.entries(RELATION_TYPES)
    .map(([id, info]) => `${id} (${info.directed ? "directed: source " + info.verb + " target" : "undirected"}): ${info.description}`)
    .join(" | "),
});

export function relationTypeInfo(type: RelationType): RelationTypeInfo {
  return RELATION_TYPES[type];
}
