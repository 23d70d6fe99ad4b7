import { describe, expect, it } from "vitest";
import { GET as getActors } from "@/app/api/actors/route";
import { GET as getRelation } from "@/app/api/relations/[id]/route";
import { GET as getSnapshot } from "@/app/api/snapshot/route";
import { currentModel } from "@/lib/server";

const snapshot = (query: string) => getSnapshot(new Request(`http://localhost/api/snapshot${query}`));
const relation = (id: string) => getRelation(new Request(`http://localhost/api/relations/${id}`), { params: Promise.resolve({ id }) });
const model = currentModel();
const someRelation = model.dataset.relations[0]!;

describe("GET /api/snapshot", () => {
  it("returns the JSON snapshot of a year", async () => {
    const response = snapshot("?year=2001");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await response.json();
    expect(body.snapshot.year).toBe(2001);
    expect(body.relations.length).toBeGreaterThan(0);
    expect(body.relations.every((r: { start: string }) => Number(r.start.slice(0, 4)) <= 2001)).toBe(true);
  });

  it("filters by type", async () => {
    const body = await snapshot("?year=2001&types=enemy").json();
    expect(body.relations.length).toBeGreaterThan(0);
    expect(new Set(body.relations.map((r: { type: string }) => r.type))).toEqual(new Set(["enemy"]));
  });

  it.each([
    ["gexf", /^application\/gexf\+xml/, "allegiances-2001.gexf", "<gexf"],
    ["graphml", /^application\/graphml\+xml/, "allegiances-2001.graphml", "<graphml"],
    ["csv", /^text\/csv/, "allegiances-2001.csv", "relation_id,source_actor"],
    ["sources", /^text\/markdown/, "allegiances-2001-sources.md", "# Sources"],
  ])("format=%s has its content type and a download filename", async (format, type, filename, start) => {
    const response = snapshot(`?year=2001&format=${format}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(type);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${filename}"`);
    expect(await response.text()).toContain(start);
  });

  it.each([
    ["?year=abc", "year"],
    ["?year=1700", "year"],
    ["?year=2001&format=pdf", "format"],
    ["?year=2001&types=ally,friend", "types"],
    ["?year=2001&evidence=rumour", "evidence"],
    ["?year=2001&source=nowhere", "source"],
    ["?yaer=2001", "yaer"],
  ])("%s is a 400 naming %s", async (query, parameter) => {
    const response = snapshot(query);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toMatch(new RegExp(`^${parameter}: `));
  });
});

describe("GET /api/actors", () => {
  it("lists every actor with its years on the map", async () => {
    const body = await getActors().json();
    expect(body.actors.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining(["iran", "taliban", "united-states"]));
    expect(body.actors[0].years).toEqual({ from: expect.any(Number), to: expect.any(Number) });
  });
});

describe("GET /api/relations/<id>", () => {
  it("returns the relation with its claims, sources and disputes", async () => {
    const response = await relation(someRelation.id);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.relation.claims).toEqual(someRelation.claims);
    expect(body.sources.map((s: { id: string }) => s.id).sort()).toEqual([...new Set(someRelation.claims.map((c) => c.source))].sort());
    expect(Array.isArray(body.disputes)).toBe(true);
  });

  it("is a 404 with a JSON error for an unknown id", async () => {
    const response = await relation("no-such-relation");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'id: no relation "no-such-relation"' });
  });
});
