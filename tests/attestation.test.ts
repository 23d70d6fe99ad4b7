import { describe, expect, it } from "vitest";
import { type AttestationFacts, attestationOf, datasetAttestations, statusIn, presenceYears, shiftDay } from "@/lib/time";
import type { Relation } from "@/lib/schema";
import { actor, claim, dataset, relation, source } from "./fixtures/builders";

// Each fixture worked by hand: the relation, what else the data says, and the days the rule must give.
const facts = (extra: Partial<AttestationFacts> = {}): AttestationFacts => ({
  present: 2030,
  reportDate: (id) => ({ s2018: "2018-07", s2021: "2021", s2023: "2023" })[id],
  actorEnd: () => null,
  pairRelations: [],
  ...extra,
});
const trains = (extra: Partial<Relation> = {}) => relation("trains", "iran", "taliban", { type: "trains", start: "2018", end: "unknown", claims: [claim({ source: "s2018" })], ...extra });
const opposes = (start: string) => relation("opposes", "taliban", "iran", { type: "opposes", start, end: "2023" });

describe("attestation: attested to the last attested date, then continuing until something closes it", () => {
  it.each([
    {
      name: "a stated end is the last attested date, and nothing continues",
      relation: relation("r", "a", "b", { start: "2001-10", end: "2002-01" }),
      facts: facts(),
      expected: { basis: "stated-end", lastAttested: "2002-01", attested: { from: "2001-10-01", to: "2002-01-31" }, continuation: null },
    },
    {
      name: "an unknown end is attested through its start, no later than its report, then runs to the horizon",
      relation: trains(),
      facts: facts(),
      expected: { basis: "start", lastAttested: "2018", attested: { from: "2018-01-01", to: "2018-07-31" }, continuation: { from: "2018-08-01", to: "2023-12-31", closedBy: { kind: "horizon", date: "2023" } } },
    },
    {
      name: "a later contrary relation of the pair closes it the day before it starts (either direction)",
      relation: trains(),
      facts: facts({ pairRelations: [opposes("2021-04")] }),
      expected: { basis: "start", lastAttested: "2018", attested: { from: "2018-01-01", to: "2018-07-31" }, continuation: { from: "2018-08-01", to: "2021-03-31", closedBy: { kind: "contrary", relationId: "opposes", date: "2021-04" } } },
    },
    {
      name: "a year-precise contrary relation closes it before that year begins",
      relation: trains(),
      facts: facts({ pairRelations: [opposes("2021")] }),
      expected: { continuation: { from: "2018-08-01", to: "2020-12-31", closedBy: { kind: "contrary", relationId: "opposes", date: "2021" } } },
    },
    {
      name: "a contrary relation that started before the last attested date closes nothing",
      relation: trains(),
      facts: facts({ pairRelations: [opposes("2010")] }),
      expected: { continuation: { from: "2018-08-01", to: "2023-12-31", closedBy: { kind: "horizon", date: "2023" } } },
    },
    {
      name: "a later friendly relation is not contrary to a friendly one",
      relation: trains(),
      facts: facts({ pairRelations: [relation("hosts", "iran", "taliban", { type: "hosts", start: "2019", end: "2020" })] }),
      expected: { continuation: { from: "2018-08-01", to: "2023-12-31", closedBy: { kind: "horizon", date: "2023" } } },
    },
    {
      name: "a neutral relation (talks) has no contrary",
      relation: trains({ type: "negotiates" }),
      facts: facts({ pairRelations: [opposes("2019")] }),
      expected: { continuation: { from: "2018-08-01", to: "2023-12-31", closedBy: { kind: "horizon", date: "2023" } } },
    },
    {
      name: "a later relation of the same type between the pair takes over the day before it starts",
      relation: trains({ type: "negotiates" }),
      facts: facts({ pairRelations: [relation("talks-2021", "taliban", "iran", { type: "negotiates", start: "2021-01-31", end: "ongoing" })] }),
      expected: { continuation: { from: "2018-08-01", to: "2021-01-30", closedBy: { kind: "renewed", relationId: "talks-2021", date: "2021-01-31" } } },
    },
    {
      name: "one of the actors ending closes it on that day",
      relation: relation("talks", "karzai", "us", { type: "negotiates", start: "2002-08-02", end: "unknown", lastAttested: "2018", claims: [claim({ source: "s2021" })] }),
      facts: facts({ actorEnd: (id) => (id === "karzai" ? "2021-08-15" : null) }),
      expected: { basis: "recorded", lastAttested: "2018", attested: { from: "2002-08-02", to: "2018-12-31" }, continuation: { from: "2019-01-01", to: "2021-08-15", closedBy: { kind: "actor-end", actorId: "karzai", date: "2021-08-15" } } },
    },
    {
      name: "an actor that ended before the attested days run out leaves nothing to continue",
      relation: trains(),
      facts: facts({ actorEnd: (id) => (id === "taliban" ? "2018-05" : null) }),
      expected: { continuation: null },
    },
    {
      name: "ongoing is attested to its latest report, then continues to the present",
      relation: relation("backs", "iran", "hashd", { type: "supports", start: "2014-06-13", end: "ongoing", claims: [claim({ source: "s2021" })] }),
      facts: facts({ present: 2023 }),
      expected: { basis: "reported", lastAttested: "2021", attested: { from: "2014-06-13", to: "2021-12-31" }, continuation: { from: "2022-01-01", to: "2023-12-31", closedBy: { kind: "present", date: "2023" } } },
    },
    {
      name: "ongoing and reported in the present year: attested to the end, nothing to continue",
      relation: relation("enmity", "iran", "us", { type: "enemy", start: "1980", end: "ongoing", claims: [claim({ source: "s2021" }), claim({ source: "s2023" })] }),
      facts: facts({ present: 2023 }),
      expected: { basis: "reported", lastAttested: "2023", attested: { from: "1980-01-01", to: "2023-12-31" }, continuation: null },
    },
    {
      name: "a recorded last attested date is capped by the latest report (a source cannot attest what came after it)",
      relation: trains({ start: "2018-03", lastAttested: "2018-09" }),
      facts: facts(),
      expected: { basis: "recorded", lastAttested: "2018-09", attested: { from: "2018-03-01", to: "2018-07-31" } },
    },
  ])("$name", ({ relation: r, facts: f, expected }) => {
    expect(attestationOf(r, f)).toMatchObject(expected);
  });
});

describe("attestation by period: a year or a month holds what one of its days holds", () => {
  const attestation = attestationOf(trains(), facts({ pairRelations: [opposes("2021-04")] }));
  it.each([
    ["2017", null],
    ["2018", "attested"],
    ["2018-07", "attested"],
    ["2018-08", "unattested"],
    ["2019", "unattested"],
    ["2021", "unattested"],
    ["2021-03", "unattested"],
    ["2021-04", null],
    ["2022", null],
  ] as const)("%s: %s", (period, status) => {
    expect(statusIn(attestation, period)).toBe(status);
  });

  it("is on the map from its first attested year to the last year of its continuation", () => {
    expect(presenceYears(attestation)).toEqual({ from: 2018, to: 2021 });
  });

  it("steps days across months, leap years and year zero", () => {
    expect([shiftDay("2018-07-31", 1), shiftDay("2021-04-01", -1), shiftDay("2024-02-28", 1), shiftDay("0001-01-01", -1)]).toEqual(["2018-08-01", "2021-03-31", "2024-02-29", "0000-12-31"]);
  });
});

describe("dataset attestations", () => {
  it("reads a retold report at its original's date, and an actor's dated end", () => {
    const data = dataset({
      actors: [actor("a", { lifespan: { start: "1990", end: "2020-06" } }), actor("b"), actor("c")],
      sources: [source("retold", { published: { date: "2019-10", approximate: false }, reportsOn: { outlet: "The Times", published: { date: "2018-07", approximate: false } } })],
      relations: [relation("a-b", "a", "b", { start: "2018", end: "unknown", claims: [claim({ source: "retold" })] })],
    });
    expect(datasetAttestations(data, 2023).get("a-b")).toMatchObject({ attested: { to: "2018-07-31" }, continuation: { to: "2020-06-30", closedBy: { kind: "actor-end", actorId: "a" } } });
  });
});
