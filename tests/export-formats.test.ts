import { readFileSync } from "node:fs";
import path from "node:path";
import { MultiGraph } from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { DOMParser } from "@xmldom/xmldom";
import { validateDataset } from "@/lib/dataset/validate-dataset";
import { snapshotRecordsOf, type SnapshotScope } from "@/lib/snapshot";
import { CSV_COLUMNS, toCsv } from "@/lib/export/to-csv";
import { toGexf } from "@/lib/export/to-gexf";
import { toGraphml } from "@/lib/export/to-graphml";
import { toJsonSnapshot } from "@/lib/export/to-json-snapshot";
import { toSourcesMarkdown } from "@/lib/export/to-sources-markdown";
import { escapeXml } from "@/lib/export/xml";
import { defaultFilters } from "@/lib/filters";
import { exportModel, TRICKY_QUOTE } from "./fixtures/export-model";

const ALL_YEARS: SnapshotScope = { year: null, filters: defaultFilters() };
const whole = snapshotRecordsOf(exportModel, ALL_YEARS);
// The official schema, vendored with its licence note, so any clone can check the export.
const GEXF_DIR = path.resolve("tests/fixtures/gexf-1.3");

async function validateGexf(xml: string) {
  const read = (name: string) => ({ fileName: name, contents: readFileSync(path.join(GEXF_DIR, name), "utf8") });
  return validateXML({ xml: [{ fileName: "export.gexf", contents: xml }], schema: [read("gexf.xsd").contents], preload: [read("dynamics.xsd"), read("viz.xsd"), read("gexf.xsd")] });
}

describe("snapshot scope", () => {
  it("restricts to the year and filters, keeping cited sources and whole disputes", () => {
    const in2000 = snapshotRecordsOf(exportModel, { year: 2000, filters: { ...defaultFilters(), types: ["ally", "attacks"] } });
    expect(in2000.relations.map((r) => r.id)).toEqual(["a-ally-b", "b-attacks-c"]);
    expect(in2000.sources.map((s) => s.id)).toEqual(["s1", "s2"]);
    expect(in2000.disputes.map((d) => d.id)).toEqual(["d1"]);
    const onlyAttacks = snapshotRecordsOf(exportModel, { year: 2000, filters: { ...defaultFilters(), types: ["attacks"] } });
    expect(onlyAttacks.sources.map((s) => s.id)).toEqual(["s2"]);
    expect(onlyAttacks.disputes).toEqual([]);
  });
});

describe("JSON snapshot", () => {
  it("re-validates with the dataset schema and keeps every claim", () => {
    const json = JSON.parse(toJsonSnapshot(whole));
    const files = (["actors", "sources", "relations", "disputes"] as const).map((kind) => ({ kind, file: "snapshot.json", text: JSON.stringify({ [kind]: json[kind] }) }));
    const report = validateDataset(files, null);
    expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(report.dataset?.relations).toEqual(whole.relations);
    expect(json.snapshot).toMatchObject({ year: null, source: null });
  });
});

describe("GEXF (dynamic)", () => {
  const xml = toGexf(whole, "2026-11-23");

  it("validates against the official GEXF 1.3 XSD", async () => {
    const result = await validateGexf(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("parses back with graphology-gexf: same nodes, parallel edges kept, typed attributes", () => {
    const graph = gexf.parse(MultiGraph, xml);
    expect(graph.order).toBe(whole.actors.length);
    expect(graph.size).toBe(whole.relations.length);
    expect(graph.edges("a", "b").sort()).toEqual(["a-ally-b", "a-trains-b"]);
    expect(graph.getEdgeAttributes("a-ally-b")).toMatchObject({ relation_type: "ally", evidence_count: 2, first_quote: TRICKY_QUOTE, disputed: true });
    expect(graph.getNodeAttribute("a", "label")).toBe('A & "Sons" <Ltd>');
  });

  it("carries lifespans and relation spans as start/end dates for Gephi's timeline", () => {
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const edge = (id: string) => Array.from(doc.getElementsByTagName("edge")).find((e) => e.getAttribute("id") === id)!;
    const node = (id: string) => Array.from(doc.getElementsByTagName("node")).find((e) => e.getAttribute("id") === id)!;
    expect([edge("a-ally-b").getAttribute("start"), edge("a-ally-b").getAttribute("end")]).toEqual(["1996-09-01", "2001-12-31"]);
    expect(edge("a-rival-c").hasAttribute("end")).toBe(false); // ongoing stays open
    expect(edge("a-trains-b").getAttribute("end")).toBe("1998-12-31"); // unknown end: shown in its start year
    expect(edge("a-ally-b").getAttribute("type")).toBe("undirected");
    expect(edge("a-trains-b").getAttribute("type")).toBe("directed");
    expect([node("b").getAttribute("start"), node("b").getAttribute("end")]).toEqual(["1994-01-01", "2010-06-30"]);
    expect(node("c").hasAttribute("start")).toBe(false);
  });
});

describe("GraphML", () => {
  const xml = toGraphml(whole);

  it("parses back with graphology-graphml with the same counts and typed attributes", () => {
    const graph = graphml.parse(MultiGraph, xml);
    expect(graph.order).toBe(whole.actors.length);
    expect(graph.size).toBe(whole.relations.length);
    expect(graph.getNodeAttributes("a")).toMatchObject({ label: 'A & "Sons" <Ltd>', kind: "state", aliases: "Alpha; A's" });
    expect(graph.getEdgeAttributes("a-ally-b")).toMatchObject({ type: "ally", directed: false, sign: 1, evidence_count: 2, first_quote: TRICKY_QUOTE, disputed: true, start: "1996-09", end: "2001-12" });
    expect(graph.getEdgeAttributes("a-trains-b")).toMatchObject({ directed: true, end: "unknown" });
  });
});

describe("CSV", () => {
  it("has one row per claim and round-trips quotes with commas, double quotes and newlines", () => {
    const parsed = Papa.parse<Record<string, string>>(toCsv(whole), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(whole.relations.reduce((sum, r) => sum + r.claims.length, 0));
    expect(parsed.data[0]).toMatchObject({ relation_id: "a-ally-b", source_actor: 'A & "Sons" <Ltd>', quote: TRICKY_QUOTE, speaker: "Speaker, Jr., envoy", source_title: "Title, with comma", url: "https://example.org/a?b=1&c=2" });
  });
});

describe("source references in exported text", () => {
  it("read as the source's outlet and year, never as a {source:…} token", () => {
    const rows = Papa.parse<Record<string, string>>(toCsv(whole), { header: true, skipEmptyLines: true }).data;
    expect(rows.find((row) => row.relation_id === "b-attacks-c")?.claim_note).toBe("As Outlet *bold* (2020) and Title s2 (2021) put it.");
    const gexfXml = toGexf(whole, "2026-01-01");
    expect(gexfXml).toContain('value="Named by Outlet *bold* (2020)."');
    expect(toGraphml(whole)).toContain("Named by Outlet *bold* (2020).");
    expect(gexfXml + toGraphml(whole)).not.toContain("{source:");
  });
});

describe("Markdown sources", () => {
  it("lists each cited source once, escaping Markdown", () => {
    const markdown = toSourcesMarkdown(whole);
    expect(markdown).toContain("**Title, with comma**. *Outlet \\*bold\\**.");
    expect(markdown).toContain("<https://example.org/a?b=1&c=2>");
    expect(markdown).toMatch(/approx\. August 2021/);
    expect(markdown.match(/^- /gm)).toHaveLength(2);
    expect(markdown).toContain("Retells a report by *The Times*, **Original \\*story\\***, July 2018, <https://example.org/original>");
  });
});

describe("XML escaping", () => {
  it.each([
    ["<b>", "&lt;b&gt;"],
    ["Tom & Jerry", "Tom &amp; Jerry"],
    [`"double" 'single'`, "&quot;double&quot; &apos;single&apos;"],
    ["line\nbreak", "line&#10;break"],
    ["bell\u0007", "bell"],
  ])("%j → %j", (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});
