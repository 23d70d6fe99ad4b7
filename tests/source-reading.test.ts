import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateQuote, normalizeWithOffsets } from "@/lib/dataset";
import { normalizeQuoteText } from "@/lib/dataset/normalize-quote";
import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { sourceReading, type SourceTextPart } from "@/lib/dataset";
import { claimAnchor } from "@/lib/view";
import { claim, dataset, relation } from "./fixtures/builders";

// Characters the normalisation treats specially, mixed with plain ones, so generated texts hit every rule.
const tricky = fc.constantFrom(" ", "\n", "\t", "\u00A0", "\u2028", "‘", "’", "“", "”", "«", "`", "a", "b", ".", "é", "😀");
const text = fc.array(tricky, { maxLength: 40 }).map((chars) => chars.join(""));

describe("normalizeWithOffsets", () => {
  it("normalises exactly as the validator does", () => {
    fc.assert(fc.property(text, (raw) => {
        expect(normalizeWithOffsets(raw).text).toBe(normalizeQuoteText(raw));
      }));
  });

  it("maps every normalised character back to a raw one it came from", () => {
    fc.assert(
      fc.property(text, (raw) => {
        const { text: normal, rawIndex } = normalizeWithOffsets(raw);
        expect(rawIndex).toHaveLength(normal.length);
        rawIndex.forEach((at, i) => expect(normalizeQuoteText(raw.charAt(at)) || " ").toBe(normal.charAt(i)));
      }),
    );
  });
});

describe("locateQuote", () => {
  const raw = "Title\n\nHe said: “Iran  and\nthe Taliban” talked.\tEnd";
  const at = (quote: string) => {
    const found = locateQuote(normalizeWithOffsets(raw), quote);
    return found === null ? null : raw.slice(found.start, found.end);
  };

  it.each([
    ['"Iran and the Taliban" talked.', "“Iran  and\nthe Taliban” talked."],
    ["Title He said:", "Title\n\nHe said:"],
    ["talked. End", "talked.\tEnd"],
    ["  Iran and  ", "Iran  and"],
  ])("finds %j as the raw %j", (quote, expected) => {
    expect(at(quote)).toBe(expected);
  });

  it.each([["Iran and Taliban"], [""], ["   "]])("finds no %j", (quote) => {
    expect(at(quote)).toBeNull();
  });

  it("finds every quote the validator would accept, and slices out one that normalises to it", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (raw, a, b) => {
        const normal = normalizeQuoteText(raw);
        const quote = normal.slice(Math.min(a, b) % (normal.length + 1), Math.max(a, b) % (normal.length + 1)).trim();
        const found = locateQuote(normalizeWithOffsets(raw), quote);
        if (quote === "") expect(found).toBeNull();
        else {
          expect(found).not.toBeNull();
          expect(normalizeQuoteText(raw.slice(found?.start, found?.end))).toBe(quote);
        }
      }),
    );
  });
});

describe("sourceReading", () => {
  const raw = "One. Two three. Four five. Six.";
  const model = buildAllianceModel(
    dataset({
      relations: [
        relation("a-b", "a", "b", { claims: [claim({ quote: "Two three." }), claim({ quote: "Six." })] }),
        relation("b-c", "b", "c", { claims: [claim({ quote: "three. Four" }), claim({ quote: "Not in the text." }), claim({ source: "s2", quote: "One." })] }),
      ],
    }),
  );
  const reading = sourceReading(model.dataset.relations, "s1", raw, claimAnchor);
  const passages = reading.parts.filter((part): part is Extract<SourceTextPart, { kind: "passage" }> => part.kind === "passage");

  it("keeps the whole text, in order, as plain and marked parts", () => {
    const joined = reading.parts.map((part) => (part.kind === "text" ? part.text : part.pieces.map((p) => p.text).join(""))).join("");
    expect(joined).toBe(raw);
  });

  it("merges overlapping quotes into one passage with each claim's anchor at its first word", () => {
    expect(passages.map((p) => p.id)).toEqual(["passage-1", "passage-2"]);
    expect(passages[0]?.pieces).toEqual([
      { anchors: ["claim-a-b-0"], text: "Two " },
      { anchors: ["claim-b-c-0"], text: "three. Four" },
    ]);
    expect(passages[0]?.relationIds).toEqual(["a-b", "b-c"]);
    expect(passages[1]?.pieces).toEqual([{ anchors: ["claim-a-b-1"], text: "Six." }]);
  });

  it("lists a quote it cannot find, and ignores other sources' claims", () => {
    expect(reading.unlocated).toEqual([{ relationId: "b-c", index: 1 }]);
    expect(JSON.stringify(reading.parts)).not.toContain("claim-b-c-2");
  });
});
