import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SourceEntry } from "@/app/sources/SourceEntry";
import { findSource, sourceUsage } from "@/lib/view";
import { viewModel } from "./view-fixture";

// One /sources entry rendered to HTML; the page as a whole is checked in the browser (e2e/panels.spec.ts).

const usage = sourceUsage(viewModel);
const entry = (sourceId: string) => {
  const source = findSource(viewModel, sourceId);
  if (source === null) throw new Error(`fixture lacks source ${sourceId}`);
  return renderToStaticMarkup(createElement(SourceEntry, { model: viewModel, source, use: usage.get(sourceId) ?? { relationIds: [], disputeIds: [] } }));
};

describe("a /sources entry", () => {
  it("is a section with the anchor id the panels link to, titled by the source", () => {
    expect(entry("s1")).toMatch(/^<section id="source-s1"[^>]*aria-labelledby="source-s1-title"><h2 id="source-s1-title"[^>]*>Report one<\/h2>/);
  });

  it.each([
    ["s1", ["<dt>Outlet</dt><dd>The Outlet</dd>", "<dt>Author</dt><dd>A. Writer</dd>", "<dt>Published</dt><dd>16 August 2021</dd>", "<dt>Kind</dt><dd>News report</dd>"]],
    ["s2", ["<dt>Published</dt><dd>approx. 2010</dd>", "<dt>Kind</dt><dd>Book</dd>"]],
  ])("%s shows its particulars", (sourceId, fragments) => {
    const html = entry(sourceId);
    for (const fragment of fragments) expect(html).toContain(fragment);
  });

  it("links out to an http(s) URL in a new tab without opener or referrer, and never to another scheme", () => {
    expect(entry("s1")).toMatch(/<a href="https:\/\/example.org\/one" target="_blank" rel="noopener noreferrer"/);
    expect(entry("s2")).not.toContain("javascript:");
    expect(entry("s2")).not.toContain('target="_blank"');
  });

  it("lists the relations it supports, each linked to the map at a year inside its span", () => {
    const html = entry("s2");
    expect(html).toContain("Supports 3 relations");
    expect(html).toContain('<a href="/?relation=iran-cooperates-us&amp;year=2001">Iran cooperates with United States, 2001</a>');
    expect(html).toContain('<a href="/?relation=iran-funds-karzai&amp;year=2010">Iran funds Karzai government, 2010</a>');
  });

  it("names its disputes with every side linked", () => {
    const html = entry("s2");
    expect(html).toContain("Part of 1 dispute");
    expect(html).toContain("Did Iran help the United States in 2001?");
    expect(html).toContain("Iran worked against it: <a");
  });

  it("says so when nothing cites the source", () => {
    expect(entry("s3")).toContain("No relation cites this source.");
    expect(entry("s3")).not.toContain("dispute");
  });
});
