import type { ActorKind } from "../vocabulary";
import type { Random } from "./random";

// Invented place-like roots, so a generated dataset can never be mistaken for real claims.
const ONSETS = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kh", "sh", "th", "tr", "zh", "qa", "al"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ya"];
const CODAS = ["", "", "n", "r", "s", "m", "l", "sh", "k", "d", "th", "stan", "via", "ran", "mir"];

/** An invented word of two or three syllables, capitalised: "Kelmarad", "Voushan". */
export function inventRoot(random: Random): string {
  const syllables = random.int(2, 3);
  let word = "";
  for (let i = 0; i < syllables; i += 1) {
    word += random.pick(ONSETS) + random.pick(VOWELS);
    if (i === syllables - 1 || random.chance(0.3)) word += random.pick(CODAS);
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const PATTERNS: Record<ActorKind, readonly string[]> = {
  state: ["{root}", "Republic of {root}", "Kingdom of {root}", "{root} Federation"],
  government: ["Government of {root}", "{root} Transitional Authority", "{root} Interim Council"],
  "armed-group": ["{root} Liberation Front", "{root} Brigades", "Army of {root}", "{root} Resistance Movement", "Sons of {root}"],
  militia: ["{root} Militia", "{root} Defence Units", "{root} Popular Guard", "{root} Tribal Levies"],
  "political-party": ["{root} National Party", "{root} Workers' Party", "Party of {root} Renewal", "{root} Democratic Union"],
  community: ["{root} people", "{root} tribes", "{root} refugees", "{root} clans"],
  coalition: ["{root} Alliance", "{root} Coalition", "United Front of {root}", "{root} Pact"],
  "religious-authority": ["{root} Council of Elders", "Grand Mufti of {root}", "{root} Seminary"],
  "international-organization": ["{root} Union", "{root} Cooperation Council", "{root} Mission", "{root} Development Bank"],
};

export function actorName(random: Random, kind: ActorKind, root: string): string {
  return random.pick(PATTERNS[kind]).replace("{root}", root);
}

export function kebab(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const GIVEN = ["Amir", "Leyla", "Omar", "Soraya", "Dariush", "Nadia", "Yusuf", "Farah", "Karim", "Zainab", "Idris", "Mina", "Tariq", "Shirin", "Rashid", "Hana"];
const ROLES = ["spokesman", "commander", "foreign minister", "deputy leader", "senior official", "envoy", "chief negotiator", "party secretary"];

export function personName(random: Random): string {
  return `${random.pick(GIVEN)} ${inventRoot(random)}`;
}

export function personRole(random: Random): string {
  return random.pick(ROLES);
}
