import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { snapshotRecordsOf } from "@/lib/snapshot";
import { captionLine, figureCaption } from "@/lib/figure/figure-caption";
import { legendSections } from "@/lib/figure/figure-legend";
import { layoutFigure } from "@/lib/figure/figure-layout";
import { figureSvg } from "@/lib/figure/figure-svg";
import { toGexf } from "@/lib/export/to-gexf";
import { toGraphml } from "@/lib/export/to-graphml";
import { escapeXml } from "@/lib/export/xml";
import { defaultFilters } from "@/lib/filters";
import { HTML_NAME, hostileModel, LINK_TITLE, LONG_NAME, SNEAKY_DESCRIPTION } from "./fixtures/hostile-model";
import { BIDI_OVERRIDE, FORMULAS, XML_BREAKER, XML_ILLEGAL, ZERO_WIDTH } from "./fixtures/hostile-strings";

// GEXF, GraphML and the SVG picture fed a hostile dataset: each must be well-formed XML to
// libxml2 and to xmldom, and every text must come back exactly, less what XML 1.0 cannot hold.

const whole = snapshotRecordsOf(hostileModel, { year: null, filters: defaultFilters() });
// What XML keeps of a text: all of it but the control characters of XML_ILLEGAL.
const xmlKept = (text: string) => ["\u0007", "\u0008", "\u001B"].reduce((kept, char) => kept.replaceAll(char, ""), text);

async function parseStrictly(xml: string): Promise<Document> {
  const libxml2 = await validateXML({ xml: [{ fileName: "export.xml", contents: xml }], normalization: "c14n" });
  expect(libxml2.errors.map((e) => e.message)).toEqual([]);
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(xml, "text/xml");
  expect(problems).toEqual([]);
  return doc;
}

const elements = (doc: Document, tag: string): Element[] => Array.from(doc.getElementsByTagName(tag));
const byId = (doc: Document, tag: string, id: string) => elements(doc, tag).find((e) => e.getAttribute("id") === id)!;

describe("GEXF of a hostile dataset", () => {
  it("is well-formed, and names, descriptions and quotes come back exactly", async () => {
    const doc = await parseStrictly(toGexf(whole, "2026-11-23"));
    expect(byId(doc, "node", "html").getAttribute("label")).toBe(HTML_NAME);
    expect(byId(doc, "node", "long").getAttribute("label")).toBe(LONG_NAME);
    const values = (element: Element) => Object.fromEntries(elements(element as unknown as Document, "attvalue").map((v) => [v.getAttribute("for"), v.getAttribute("value")]));
    expect(values(byId(doc, "node", "html"))).toMatchObject({ description: xmlKept(SNEAKY_DESCRIPTION), aliases: expect.stringContaining(XML_BREAKER) });
    // Tab, CR and LF in an attribute survive attribute-value normalisation as character references.
    expect(values(byId(doc, "node", "formula")).aliases).toBe(FORMULAS.join("; "));
    expect(values(byId(doc, "edge", "long-attacks-formula")).first_quote).toBe(FORMULAS[0]);
    expect(values(byId(doc, "edge", "formula-rival-html")).first_quote).toBe(xmlKept(`${XML_ILLEGAL} ${ZERO_WIDTH}`));
  });
});

describe("GraphML of a hostile dataset", () => {
  it("is well-formed, and labels and quotes come back exactly", async () => {
    const doc = await parseStrictly(toGraphml(whole));
    const data = (element: Element) => Object.fromEntries(elements(element as unknown as Document, "data").map((d) => [d.getAttribute("key"), d.textContent]));
    expect(data(byId(doc, "node", "html"))).toMatchObject({ n_label: HTML_NAME, n_description: xmlKept(SNEAKY_DESCRIPTION) });
    expect(data(byId(doc, "node", "long")).n_label).toBe(LONG_NAME);
    expect(data(byId(doc, "edge", "html-ally-long")).e_first_quote).toBe(hostileModel.dataset.relations[0]!.claims[0]!.quote);
    // Tab, CR and LF are written as character references, so they survive as written.
    expect(data(byId(doc, "node", "formula")).n_aliases).toBe(FORMULAS.join("; "));
  });
});

describe("SVG picture with a hostile caption and graph", () => {
  const caption = figureCaption({ when: "2000", filters: { ...defaultFilters(), source: "s1" }, relationCount: 3, actorCount: 3, sourceTitle: LINK_TITLE, selection: `${HTML_NAME} ${BIDI_OVERRIDE}` });
  const legend = legendSections({ relationTypes: ["ally", "attacks"], actorKinds: ["state", "militia"], disputed: true });
  const layout = layoutFigure(caption, legend, { width: 600, height: 400 }, { width: 300, height: 200 });
  // What the browser's XMLSerializer makes of a node label: markup escaped, control characters raw.
  const graphSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><text x="1" y="2">${escapeXml(HTML_NAME)}${XML_ILLEGAL}</text></svg>`;
  const svg = figureSvg(layout, caption, graphSvg);

  it("is well-formed, with no script and no event handler anywhere", async () => {
    const doc = await parseStrictly(svg);
    expect(elements(doc, "script")).toEqual([]);
    const all = elements(doc, "*");
    expect(all.length).toBeGreaterThan(5);
    expect(all.flatMap((e) => Array.from(e.attributes).map((a) => a.name)).filter((name) => /^on/i.test(name))).toEqual([]);
    expect(all.map((e) => e.localName)).not.toContain("img");
  });

  it("keeps the caption's words as text, the same as the PNG prints", async () => {
    const doc = await parseStrictly(svg);
    expect(elements(doc, "title")[0]!.textContent).toBe(captionLine(caption));
    const texts = elements(doc, "text").map((t) => t.textContent ?? "");
    expect(texts.join(" ")).toContain(HTML_NAME);
    expect(texts).toContain(xmlKept(`${HTML_NAME}${XML_ILLEGAL}`));
  });
});
