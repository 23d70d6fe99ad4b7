import { describe, expect, it } from "vitest";
import { arrangedPlace, arrangedPlaces, arrangementKey, isArranged, NO_ARRANGEMENT, parseArrangement, withoutYear, withPlaced } from "@/lib/layout";

// A reader's arrangement comes back from browser storage: anything malformed is no arrangement.

describe("parseArrangement", () => {
  it.each([
    [null, {}],
    ["", {}],
    ["not json", {}],
    ["[]", {}],
    ['{"2001":{"iran":[1,2]}}', { "2001": { iran: [1, 2] } }],
    ['{"2001":{"iran":[1,"2"]}}', {}],
    ['{"2001":{"Iran!":[1,2]}}', {}],
    ['{"next year":{"iran":[1,2]}}', {}],
    ['{"2001":{"iran":[1,2,3]}}', {}],
    ['{"2001":{"iran":[1e400,2]}}', {}],
  ])("%j reads as %j", (text, expected) => {
    expect(parseArrangement(text)).toEqual(expected);
  });
});

describe("an arrangement over the year's layout", () => {
  const places = { "2001": { iran: [0, 0], taliban: [100, 0] }, "2002": { iran: [5, 5] } } as const;

  it("places dragged actors over the layout, in their year only, rounded to pixels", () => {
    const arranged = withPlaced(NO_ARRANGEMENT, 2001, { taliban: [40.4, 60.6] });
    expect(arrangedPlaces(places, arranged, 2001)).toEqual({ iran: [0, 0], taliban: [40, 61] });
    expect(arrangedPlaces(places, arranged, 2002)).toEqual({ iran: [5, 5] });
    expect(isArranged(arranged, 2001)).toBe(true);
    expect(isArranged(arranged, 2002)).toBe(false);
  });

  it("one actor's place agrees with the year's places, for every actor and year", () => {
    const arranged = withPlaced(NO_ARRANGEMENT, 2001, { taliban: [40.4, 60.6] });
    for (const year of [2001, 2002, 2003]) {
      for (const actorId of ["iran", "taliban", "nobody"]) expect(arrangedPlace(places, arranged, year, actorId)).toEqual(arrangedPlaces(places, arranged, year)[actorId]);
    }
  });

  it("keeps earlier drags of the year when another actor is placed, and Reset drops the year", () => {
    const twice = withPlaced(withPlaced(NO_ARRANGEMENT, 2001, { taliban: [1, 1] }), 2001, { iran: [2, 2] });
    expect(twice["2001"]).toEqual({ taliban: [1, 1], iran: [2, 2] });
    const reset = withoutYear(withPlaced(twice, 2002, { iran: [9, 9] }), 2001);
    expect(arrangedPlaces(places, reset, 2001)).toEqual(places["2001"]);
    expect(isArranged(reset, 2002)).toBe(true);
  });

  it("keys each dataset apart by its actors", () => {
    expect(arrangementKey(["iran", "taliban"])).toBe(arrangementKey(["iran", "taliban"]));
    expect(arrangementKey(["iran", "taliban"])).not.toBe(arrangementKey(["iran", "us"]));
  });
});
