import { buildAllianceModel } from "@/lib/graph/alliance-model";
import { actor, claim, dataset, relation, source } from "./fixtures/builders";

/**
 * A small model for the tests/view-* suites: Iran and the Taliban as enemies, then partners;
 * Iran twice with the United States in 2001 (one relation with two sources), a dispute pinned to
 * one source, an unknown end, and an ongoing relation. The present year is 2023.
 */
export const viewModel = buildAllianceModel(
  dataset({
    actors: [
      actor("iran", { name: "Iran", aliases: ["Tehran"] }),
      actor("taliban", { name: "Taliban", kind: "armed-group", lifespan: { start: "1994", end: "ongoing", note: "Founded in Kandahar." } }),
      actor("us", { name: "United States" }),
      actor("northern-alliance", { name: "Northern Alliance", kind: "coalition", lifespan: { start: "1996", end: "2001-12" } }),
      actor("jamiat", { name: "Jamiat-e Islami", kind: "political-party", parent: "northern-alliance" }),
      actor("karzai-government", { name: "Karzai government", kind: "government", lifespan: { start: "2001-12-22", end: "2014-09" } }),
      actor("ghani-government", { name: "Ghani government", kind: "government", predecessor: "karzai-government" }),
    ],
    sources: [
      source("s1", { title: "Report one", outlet: "The Outlet", author: "A. Writer", published: { date: "2021-08-16", approximate: false }, url: "https://example.org/one" }),
      source("s2", { title: "Memoir", kind: "book", published: { date: "2010", approximate: true }, url: "javascript:alert(1)" }),
      source("s3", { title: "Unused", published: { date: "2023", approximate: false } }),
    ],
    relations: [
      relation("iran-enemy-taliban", "iran", "taliban", { type: "enemy", start: "1996-09", end: "2001-12", claims: [claim({ source: "s1", quote: "Iran and the Taliban were enemies." })] }),
      relation("iran-supports-taliban", "iran", "taliban", { type: "supports", start: "2021-08-15", end: "ongoing", claims: [claim({ source: "s1", quote: "Tehran backs the new rulers." })] }),
      relation("iran-trains-taliban", "iran", "taliban", { type: "trains", start: "2018", end: "unknown", inferred: { start: "From the first report of camps." } }),
      relation("iran-cooperates-us", "iran", "us", {
        type: "cooperates",
        start: "2001-10",
        end: "2001-12",
        claims: [
          claim({ source: "s1", quote: "Iran helped in Bonn.", speaker: { name: "J. Dobbins", role: "US envoy", actor: "us" }, evidence: "participant" }),
          claim({ source: "s2", quote: "Iran's help was real.", evidence: "analysis", note: "Written years later." }),
        ],
      }),
      relation("iran-opposes-us", "iran", "us", { type: "opposes", start: "2001", end: "2001", claims: [claim({ source: "s2", quote: "Iran worked against the US." })] }),
      relation("iran-funds-karzai", "iran", "karzai-government", { type: "funds", start: "2010", end: "2010", claims: [claim({ source: "s2", quote: "Bags of cash." })] }),
      relation("na-ally-iran", "northern-alliance", "iran", { type: "ally", start: "1996", end: "2001" }),
    ],
    disputes: [
      {
        id: "iran-help-2001",
        question: "Did Iran help the United States in 2001?",
        sides: [
          { relation: "iran-cooperates-us", source: "s1", position: "Iran helped" },
          { relation: "iran-opposes-us", position: "Iran worked against it" },
        ],
      },
    ],
  }),
);
