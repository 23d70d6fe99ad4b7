import { describe, expect, it } from "vitest";
import { arrowGlyphPath, nodeGlyphPath, EDGE_ENCODINGS, NODE_ENCODINGS } from "@/lib/canvas";
import { ACTOR_KINDS, RELATION_TYPE_IDS } from "@/lib/vocabulary";
import { actor, claim, relation } from "./fixtures/builders";
import { foldForSearch, searchActors, speakersOf } from "@/lib/search";
import { currentModel } from "@/lib/server";

const actors = [
  actor("iran", { name: "Iran", aliases: ["Tehran", "Islamic Republic of Iran"] }),
  actor("islamic-state", { name: "Islamic State", aliases: ["ISIS", "Daesh", "ISIL"] }),
  actor("al-qaeda", { name: "al-Qaeda", aliases: ["al-Qa'ida"] }),
  actor("hazaras", { name: "Hazaras", aliases: [] }),
  actor("herat", { name: "Ismail Khan's forces", aliases: ["Herat militia"] }),
];
const names = (query: string) => searchActors(actors, query).map((m) => m.actor.name);

describe("searchActors", () => {
  it.each([
    ["", ["al-Qaeda", "Hazaras", "Iran", "Islamic State", "Ismail Khan's forces"]],
    ["iran", ["Iran"]],
    ["IRAN", ["Iran"]],
    ["daesh", ["Islamic State"]],
    ["tehran", ["Iran"]],
    ["al qaeda", ["al-Qaeda"]],
    ["alqaeda", []],
    ["is", ["Islamic State", "Ismail Khan's forces", "Iran"]],
    ["zzz", []],
    ["  hazaras ", ["Hazaras"]],
  ])("%j finds %j", (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it("says which alias matched", () => {
    expect(searchActors(actors, "daesh")[0]?.via).toBe("Daesh");
    expect(searchActors(actors, "iran")[0]?.via).toBeNull();
  });

  it("folds accents and punctuation", () => {
    expect(foldForSearch("Kābul’s  al-Qa'ida")).toBe("kabul s al qa ida");
  });
});

describe("searchActors ranks exact, then prefix, then word prefix, then substring, then description", () => {
  const ranked = [
    actor("united-states", { name: "United States", aliases: ["US", "America"], description: "The USA." }),
    actor("australia", { name: "Australia", aliases: [], description: "Gave air support." }),
    actor("soviet-union", { name: "Soviet Union", aliases: ["USSR"] }),
    actor("islamic-state", { name: "Islamic State", aliases: ["ISIS", "IS", "Daesh"] }),
    actor("dawa", { name: "Islamic Dawa Party", aliases: ["Dawa"] }),
    actor("iran", { name: "Iran", aliases: ["Tehran"], description: "The Islamic Republic; its officials (Khamenei, Soleimani) are folded in." }),
    actor("taliban", { name: "Taliban", aliases: ["Islamic Emirate"] }),
    actor("us-backed", { name: "Kabul government", aliases: ["US-backed government"] }),
  ];
  const speakers = speakersOf([
    relation("r1", "iran", "taliban", { claims: [claim({ speaker: { name: "Ali Khamenei", actor: "iran" } }), claim({ speaker: { name: "Ali Khamenei", actor: "iran" } })] }),
    relation("r2", "taliban", "iran", { claims: [claim({ speaker: { name: "Amir Khan Muttaqi", actor: "taliban" } }), claim({ speaker: { name: "Nobody in particular" } })] }),
  ]);
  const top = (query: string) => searchActors(ranked, query, speakers).map((m) => m.actor.id);

  it.each([
    ["US", ["united-states", "us-backed", "soviet-union", "australia"]],
    ["IS", ["islamic-state", "dawa", "taliban", "iran"]],
    ["isl", ["dawa", "islamic-state", "taliban", "iran"]],
    ["state", ["islamic-state", "united-states"]],
    ["tates", ["united-states"]],
    ["khamenei", ["iran"]],
    ["muttaqi", ["taliban"]],
    ["soleimani", ["iran"]],
    ["nobody", []],
  ])("%j lists %j", (query, expected) => {
    expect(top(query)).toEqual(expected);
  });

  it("says who was found for a person speaking for an actor, and in how many claims", () => {
    const [match] = searchActors(ranked, "Khamenei", speakers);
    expect(match?.speaker).toEqual({ name: "Ali Khamenei", actorId: "iran", claims: 2 });
    expect(match?.inDescription).toBe(false);
  });

  it("marks an actor found only through its description", () => {
    const [match] = searchActors(ranked, "Soleimani", speakers);
    expect(match).toMatchObject({ speaker: null, via: null, inDescription: true });
  });
});

describe("searchActors over the shipped data", () => {
  const { dataset } = currentModel();
  const people = speakersOf(dataset.relations);
  const first = (query: string) => searchActors(dataset.actors, query, people)[0];

  it.each([
    ["US", "united-states"],
    ["IS", "islamic-state"],
    ["Daesh", "islamic-state"],
    ["Soleimani", "iran"],
    ["Khamenei", "iran"],
    ["Zarif", "iran"],
    ["Karzai", "karzai-government"],
    ["Muttaqi", "taliban"],
  ])("%j + Enter opens %s", (query, actorId) => {
    expect(first(query)?.actor.id).toBe(actorId);
  });

  it("finds Khamenei as a person speaking for Iran", () => {
    expect(first("Khamenei")?.speaker?.name).toBe("Ali Khamenei");
  });
});

describe("legend glyphs", () => {
  it("has a drawing for every node shape and every arrowhead in use", () => {
    for (const kind of ACTOR_KINDS) expect(nodeGlyphPath(NODE_ENCODINGS[kind].shape)).toMatch(/^M.*Z$/);
    for (const type of RELATION_TYPE_IDS) {
      const path = arrowGlyphPath(EDGE_ENCODINGS[type].arrow);
      if (EDGE_ENCODINGS[type].arrow === "none") expect(path).toBeNull();
      else expect(path).toMatch(/^M/);
    }
  });
});
