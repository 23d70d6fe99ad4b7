import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ActorPanel } from "@/app/_components/actor-panel/ActorPanel";
import { CitationPanel } from "@/app/_components/citation-panel/CitationPanel";
import { RelationList } from "@/app/_components/relation-list/RelationList";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { defaultFilters } from "@/lib/filters";
import { relationsOf, snapshotOf } from "@/lib/snapshot";
import { claim, dataset, relation, source } from "./fixtures/builders";
import { viewModel } from "./view-fixture";

// The panels rendered to static HTML: what they say and what they link to. Clicks are covered
// in the browser (e2e); here the markup is checked against the model, fast and without a DOM.

const noop = () => undefined;
const citation = (relationId: string, model = viewModel) =>
  renderToStaticMarkup(createElement(CitationPanel, { model, relationId, onSelectRelation: noop, onSelectActor: noop, onClose: noop }));
const actorPanel = (actorId: string, year: number) =>
  renderToStaticMarkup(createElement(ActorPanel, { model: viewModel, actorId, year, onSelectRelation: noop, onSelectActor: noop, onClose: noop }));
const count = (html: string, needle: string) => html.split(needle).length - 1;

describe("CitationPanel", () => {
  const html = citation("iran-cooperates-us");

  it("marks every quote 'not verified against its source' when its source text was not available, and only then", () => {
    expect(html).not.toContain("not verified against its source");
    const unverified = buildAllianceModel({ ...viewModel.dataset, unverifiedSources: viewModel.dataset.sources.map((s) => s.id) });
    const marked = citation("iran-cooperates-us", unverified);
    const quotes = count(marked, "<blockquote");
    expect(quotes).toBeGreaterThan(0);
    expect(count(marked, "Quote not verified against its source")).toBe(quotes);
  });

  it("is a labelled aside with a heading naming the relation and a close button", () => {
    expect(html).toMatch(/^<aside [^>]*aria-label="Iran cooperates with United States, 2001"/);
    expect(html).toMatch(/<h2 id="[^"]+"[^>]*>.*Iran<\/button> cooperates with <button[^>]*>United States<\/button>, 2001<\/h2>/);
    expect(html).toContain('aria-label="Close relation panel"');
  });

  it.each([
    ["iran-funds-karzai", "funds</span> — directed: "],
    ["na-ally-iran", "ally</span> — mutual"],
    ["iran-cooperates-us", "from October 2001 to December 2001"],
    ["iran-supports-taliban", "since 15 August 2021 (ongoing)"],
    ["iran-trains-taliban", "2018, end not stated"],
    ["iran-trains-taliban", "<dt>Inferred</dt>"],
    ["iran-trains-taliban", "<p>Start: From the first report of camps.</p>"],
  ])("%s shows %s", (relationId, text) => {
    expect(citation(relationId)).toContain(text);
  });

  it("quotes every claim in a blockquote with cite, speaker, evidence, note, and its source named once", () => {
    expect(html).toMatch(/<blockquote class="[^"]+" cite="https:\/\/example.org\/one"><p>Iran helped in Bonn.<\/p><\/blockquote>/);
    expect(html).toContain("— J. Dobbins, US envoy");
    expect(html).toContain("A participant&#x27;s own statement");
    expect(html).toContain("Written years later.");
    expect(html).toContain("The Outlet · A. Writer · 16 August 2021");
    expect(html).toContain("approx. 2010");
    expect(count(html, 'href="/sources/s1"')).toBe(1);
    expect(count(html, 'href="/sources/s2"')).toBe(1);
    expect(count(html, "About this source")).toBe(2);
  });

  it("groups claims by source: one header each, the strongest quote shown, the rest folded", () => {
    const folded = buildAllianceModel(
      dataset({
        relations: [
          relation("a-b", "a", "b", {
            claims: [
              claim({ quote: "An analyst thinks so.", evidence: "analysis" }),
              claim({ quote: "A said: we are allies.", evidence: "participant" }),
              claim({ quote: "They were allies.", evidence: "fact" }),
            ],
          }),
        ],
      }),
    );
    const out = citation("a-b", folded);
    expect(count(out, 'data-testid="source-group"')).toBe(1);
    expect(count(out, "About this source")).toBe(1);
    // The participant's own words lead, outside the fold; the other two are behind it.
    const fold = out.indexOf("<details");
    expect(out.indexOf("A said: we are allies.")).toBeLessThan(fold);
    expect(out.indexOf("They were allies.")).toBeGreaterThan(fold);
    expect(out.indexOf("An analyst thinks so.")).toBeGreaterThan(fold);
    expect(out).toContain("2 more from this source");
  });

  it("links each verified quote to its passage on the source's page, carrying the map's view", () => {
    const out = renderToStaticMarkup(createElement(CitationPanel, { model: viewModel, relationId: "iran-cooperates-us", mapQuery: "?year=2001&relation=iran-cooperates-us", onSelectRelation: noop, onSelectActor: noop, onClose: noop }));
    expect(out).toContain('href="/sources/s1?year=2001&amp;relation=iran-cooperates-us#claim-iran-cooperates-us-0"');
    expect(out).toContain('href="/sources/s2?year=2001&amp;relation=iran-cooperates-us#claim-iran-cooperates-us-1"');
  });

  it("links out only to http(s) sources, in a new tab without opener or referrer", () => {
    expect(html).toContain('href="https://example.org/one" target="_blank" rel="noopener noreferrer"');
    expect(html).not.toContain("javascript:");
    // The unsafe source's quote cites its page in the app instead.
    expect(html).toContain('cite="/sources/s2"');
  });

  it("puts a dispute in one line per side: this relation marked, the other side a button, no claim repeated", () => {
    expect(html).toContain("Did Iran help the United States in 2001?");
    expect(count(html, ">This relation<")).toBe(1);
    expect(html).not.toMatch(/other side/i);
    expect(html).toContain("Iran worked against it");
    expect(count(html, "Iran&#x27;s help was real.")).toBe(1);
    expect(count(html, "Iran helped in Bonn.")).toBe(1);
    expect(html).toContain('aria-label="Show this relation: Iran opposes United States, 2001"');
  });

  it("marks every side resting on this relation as this relation, even pinned to another source", () => {
    const agreeing = buildAllianceModel({
      ...viewModel.dataset,
      disputes: [
        {
          id: "d",
          question: "Q?",
          sides: [
            { relation: "iran-cooperates-us", source: "s1", position: "Yes, says one" },
            { relation: "iran-opposes-us", position: "No" },
            { relation: "iran-cooperates-us", source: "s2", position: "Yes, says two" },
          ],
        },
      ],
    });
    const out = citation("iran-cooperates-us", agreeing);
    expect(count(out, ">This relation<")).toBe(2);
    expect(count(out, "Show this relation:")).toBe(1);
  });

  it("shows a {source:…} reference in a note as the source's outlet and year, linked to its page", () => {
    const referenced = buildAllianceModel(
      dataset({
        sources: [source("s1", { outlet: "The <Outlet>", published: { date: "2021-09-24", approximate: false } })],
        relations: [relation("a-b", "a", "b", { inferred: { start: "{source:s1} dates it to 2000." }, claims: [claim({ note: "As {source:s1} reports." })] })],
      }),
    );
    const out = citation("a-b", referenced);
    expect(out).toContain('<a title="Title s1" data-source-ref="s1" href="/sources/s1">The &lt;Outlet&gt; (2021)</a> dates it to 2000.');
    expect(out).toContain('As <a title="Title s1" data-source-ref="s1" href="/sources/s1">The &lt;Outlet&gt; (2021)</a> reports.');
    expect(out).not.toContain("{source:");
  });

  it("says plainly when the relation is not in the data", () => {
    expect(citation("nope")).toContain("No relation “nope”");
  });

  it("renders data as text, never as HTML", () => {
    const hostile = buildAllianceModel(
      dataset({
        sources: [source("s1", { title: "<b>bold</b>", url: "javascript:alert(1)" })],
        relations: [relation("a-b", "a", "b", { claims: [claim({ quote: '<img src=x onerror="alert(1)">', speaker: { name: "<script>x</script>" } })] })],
      }),
    );
    const out = citation("a-b", hostile);
    expect(out).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(out).toContain("&lt;script&gt;");
    expect(out).toContain("&lt;b&gt;bold&lt;/b&gt;");
    expect(out).not.toMatch(/<img|<script|<b>|javascript:/);
  });
});

describe("ActorPanel", () => {
  const html = actorPanel("iran", 2001);

  it("names the actor, its aliases and kind, with a close button", () => {
    expect(html).toMatch(/<h2 [^>]*>Iran<\/h2>/);
    expect(html).toContain("<dt>Also called</dt><dd>Tehran</dd>");
    expect(html).toContain('aria-label="Close actor panel"');
  });

  it("draws one keyboard-reachable bar per relation, labelled in words, disputed ones marked", () => {
    expect(count(html, 'aria-label="Iran ')).toBe(6);
    expect(count(html, 'aria-label="Northern Alliance ally Iran 1996–2001"')).toBe(1);
    expect(html).toContain('aria-label="Iran enemy Taliban 1996–2001"');
    expect(html).toContain('aria-label="Iran trains Taliban 2018 (end not stated)"');
    expect(html).toContain('aria-label="Iran opposes United States 2001 (disputed)"');
    expect(html).toMatch(/<button type="button" class="[^"]*" style="[^"]*"[^>]*aria-label="Iran enemy Taliban/);
  });

  it("marks the selected year with a line, and none outside the data's years", () => {
    expect(html).toContain("line marks 2001");
    expect(html).toMatch(/yearLine[^"]*" style="left:/);
    expect(actorPanel("iran", 1900)).not.toMatch(/yearLine/);
  });

  it.each([
    ["jamiat", "<dt>Part of</dt>", "Northern Alliance"],
    ["northern-alliance", "<dt>Members</dt>", "Jamiat-e Islami"],
    ["ghani-government", "<dt>Preceded by</dt>", "Karzai government"],
    ["karzai-government", "<dt>Succeeded by</dt>", "Ghani government"],
    ["taliban", "<dt>Existed</dt>", "since 1994"],
  ])("%s shows %s %s", (actorId, term, value) => {
    const out = actorPanel(actorId, 2001);
    expect(out).toContain(term);
    expect(out.slice(out.indexOf(term))).toContain(value);
  });

  it("says plainly when the actor is not in the data, or has no relations", () => {
    expect(actorPanel("nope", 2001)).toContain("No actor “nope”");
    expect(actorPanel("jamiat", 2001)).toContain("No relations recorded.");
  });
});

describe("RelationList", () => {
  const list = (year: number, selectedRelationId: string | null) =>
    renderToStaticMarkup(
      createElement(RelationList, { model: viewModel, relations: relationsOf(viewModel, snapshotOf(viewModel, { year, filters: defaultFilters() })), at: { year, month: null }, selectedRelationId, onSelectRelation: noop }),
    );

  it("captions the count and year, one row per relation", () => {
    const html = list(2001, null);
    expect(html).toContain("4 relations in 2001</caption>");
    expect(count(html, "<tr")).toBe(5);
    expect(list(2010, null)).toContain("1 relation in 2010</caption>");
  });

  it("shows who, what, whom, when, source count and dispute, with a named button per row", () => {
    const html = list(2001, null);
    expect(html).toMatch(/<td[^>]*>Iran<\/td><td>cooperates<span[^>]*> ↔<\/span><\/td><td[^>]*>United States<\/td><td[^>]*>2001<\/td><td[^>]*>2<\/td><td><span[^>]*>⚠ disputed<\/span><\/td>/);
    expect(html).toContain('aria-label="Show Iran cooperates with United States, 2001"');
  });

  it("marks the selected row and the sorted column", () => {
    const html = list(2001, "iran-opposes-us");
    expect(count(html, 'aria-current="true"')).toBe(1);
    expect(html).toMatch(/<tr [^>]*aria-current="true"><td[^>]*>Iran<\/td><td>opposes/);
    expect(html).toContain('aria-sort="ascending"');
  });
});
