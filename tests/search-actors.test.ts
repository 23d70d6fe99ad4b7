import { describe, expect, it } from "vitest";
import { arrowGlyphPath, nodeGlyphPath, EDGE_ENCODINGS, NODE_ENCODINGS } from "@/lib/canvas";
import { ACTOR_KINDS, RELATION_TYPE_IDS } from "@/lib/vocabulary";
import { actor } from "./fixtures/builders";
import { foldForSearch, searchActors } from "@/lib/search";

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
