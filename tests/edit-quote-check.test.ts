import { describe, expect, it } from "vitest";
import { validateDataset } from "@/lib/dataset/validate-dataset";
import { checkQuote } from "@/lib/edit";
import { claim, corpusOf, dataset, filesOf, relation, source } from "./fixtures/builders";

const TEXT = "Iran and the Taliban\nwere   enemies. “We will never deal with them,” he said. Later they talked.";
const s1 = source("s1");

describe("the live quote check", () => {
  it.each([
    ["exact words", "were enemies.", "found"],
    ["line breaks and runs of spaces fold", "Iran and the Taliban were enemies.", "found"],
    ["straight quote marks match curly ones", '"We will never deal with them," he said.', "found"],
    ["a changed word", "Iran and the Taliban were allies.", "not-found"],
    ["nothing typed yet", "   ", "empty"],
  ])("%s", (_name, quote, status) => {
    expect(checkQuote(quote, s1, TEXT).status).toBe(status);
  });

  it("says where a found quote lies in the raw text", () => {
    const found = checkQuote("Taliban were enemies", s1, TEXT);
    expect(found.status === "found" && TEXT.slice(found.start, found.end)).toBe("Taliban\nwere   enemies");
  });

  it("says where a quote stops matching, in the quote and in the text", () => {
    const quote = "Iran and the  Taliban were friends.";
    const finding = checkQuote(quote, s1, TEXT);
    expect(finding.status).toBe("not-found");
    if (finding.status !== "not-found") return;
    expect(finding.matched).toBe("Iran and the Taliban were ");
    expect(quote.slice(finding.quoteStopsAt)).toBe("friends.");
    expect(TEXT.slice(0, finding.textStopsAt ?? 0)).toBe("Iran and the Taliban\nwere");
  });

  it.each(["Iran and the Taliban were friends.", "Nobody said that.", "“We will never deal with us,” he said."])("gives the validator's own message for %j", (quote) => {
    const finding = checkQuote(quote, s1, TEXT);
    const report = validateDataset(filesOf(dataset({ relations: [relation("a-b", "a", "b", { claims: [claim({ quote })] })] })), corpusOf({ "s1.txt": TEXT }));
    const validator = report.problems.find((problem) => problem.field === "claims[0].quote");
    expect(finding.status === "not-found" && finding.message).toBe(validator?.message);
  });

  it("a source without a text: not verified, as an opened dataset says", () => {
    const finding = checkQuote("anything", s1, undefined);
    expect(finding).toEqual({ status: "no-text", message: expect.stringContaining('no text "s1.txt" was given') });
  });
});
