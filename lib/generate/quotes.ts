import { type EvidenceKind, RELATION_TYPES, type RelationType } from "../vocabulary";
import type { Random } from "./random";

// One or two sentences per relation type, in the voice of each kind of evidence. {S} and {T}
// are the two actors' names, {Y} the start year, {N} a small number for variety.
const STATEMENTS: Partial<Record<RelationType, readonly string[]>> = {
  ally: ["{S} and {T} announced a formal alliance in {Y}.", "By {Y}, {S} had become the closest ally of {T}, and the two coordinated on nearly every front."],
  cooperates: ["{S} and {T} quietly shared intelligence from {Y}, according to {N} officials on both sides.", "Forces of {S} and {T} carried out joint operations in {Y}."],
  supports: ["{S} lent political backing to {T} from {Y}.", "{S} publicly endorsed {T} at a conference in {Y}."],
  funds: ["{S} transferred about {N} million dollars a year to {T} from {Y}.", "Money from {S} kept {T} afloat after {Y}."],
  arms: ["{S} shipped rifles, mortars and ammunition to {T} in {Y}.", "Weapons supplied by {S} reached {T} by {Y}, in at least {N} consignments."],
  trains: ["Instructors from {S} trained some {N} hundred fighters of {T} in {Y}.", "{S} ran training camps for {T} from {Y}."],
  advises: ["Advisers from {S} were embedded with units of {T} from {Y}.", "Officers of {S} advised the commanders of {T} in the field in {Y}."],
  hosts: ["{S} gave the leaders of {T} refuge on its territory from {Y}.", "{T} kept its rear bases inside {S} after {Y}."],
  "proxy-of": ["{S} acted on the orders of {T} from {Y}, in the view of {N} analysts.", "{S} was widely described as the instrument of {T} after {Y}."],
  negotiates: ["Delegations of {S} and {T} met for talks in {Y}.", "{S} and {T} held {N} rounds of negotiations in {Y}."],
  rival: ["{S} and {T} competed bitterly for influence from {Y}.", "Relations between {S} and {T} soured in {Y} into an open rivalry."],
  enemy: ["{S} and {T} were at war from {Y}.", "From {Y}, {S} regarded {T} as its principal enemy."],
  clashes: ["Fighters of {S} and {T} clashed along the frontier in {Y}, leaving {N} dead.", "Border skirmishes between {S} and {T} broke out in {Y}."],
  attacks: ["{S} attacked positions held by {T} in {Y}.", "In {Y}, {S} claimed an attack on {T} that killed {N} people."],
  sanctions: ["{S} imposed sanctions on {T} in {Y}.", "From {Y}, {S} blocked trade with {T}."],
  opposes: ["{S} refused to back the course taken by {T} in {Y}.", "{S} worked against the plans of {T} from {Y}."],
  criticizes: ["{S} publicly rebuked {T} in {Y}.", "In {Y}, {S} condemned the conduct of {T} in unusually sharp terms."],
  continues: ["{S} carried on the struggle of {T} under a new name from {Y}.", "By {Y}, {S} was widely seen as the current version of {T}."],
  "member-of": ["{S} joined {T} as one of its component factions in {Y}.", "From {Y}, {S} fought as a wing of {T}."],
};

const FRAMES: Record<EvidenceKind, readonly string[]> = {
  fact: ["{X}", "{X} The record is not in doubt."],
  participant: ["\"{X}\" the official said.", "\"We will not hide it: {x}\""],
  secondhand: ["According to people familiar with the matter, {x}", "Diplomats reported that {x}"],
  analysis: ["In our assessment, {x}", "It seems likely that {x}"],
};

/** A quote for a claim about a relation, at most 400 characters. */
export function quoteFor(random: Random, type: RelationType, evidence: EvidenceKind, names: { source: string; target: string }, year: number): string {
  const statement = random
    .pick(STATEMENTS[type] ?? [`{S} ${RELATION_TYPES[type].verb} {T} from {Y}.`])
    .replace("{S}", names.source)
    .replace("{T}", names.target)
    .replace("{Y}", String(year))
    .replace("{N}", String(random.int(2, 40)));
  const lower = statement.charAt(0).toLowerCase() + statement.slice(1);
  const quote = random.pick(FRAMES[evidence]).replace("{X}", statement).replace("{x}", lower);
  return quote.length <= 400 ? quote : statement.slice(0, 400);
}

const FILLER = [
  "The situation on the ground remained fluid throughout the period.",
  "Officials declined to comment on the record.",
  "Several factions changed sides more than once.",
  "Local observers described the mood as tense but calm.",
  "The region's economy depended heavily on cross-border trade.",
  "Estimates of casualties varied widely between sources.",
  "Much of what is known comes from interviews conducted years later.",
  "The capital was quiet, but fighting continued in the provinces.",
];

export function fillerSentence(random: Random): string {
  return random.pick(FILLER);
}
