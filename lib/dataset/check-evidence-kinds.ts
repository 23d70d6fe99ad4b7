import { normalizeQuoteText } from "./normalize-quote";
import type { Problem } from "./problem";
import type { ParsedRecords } from "./records";

// Sentences shorter than this ("They were.") are too common to tell one passage from another.
const MIN_SENTENCE_LENGTH = 20;

function sentencesOf(quote: string): string[] {
  return normalizeQuoteText(quote)
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= MIN_SENTENCE_LENGTH);
}

/**
 * The same sentence of a source carries the same evidence kind wherever it is quoted: how a
 * source knows what it says does not change with the relation it is cited for.
 */
export function checkEvidenceKinds(records: ParsedRecords): Problem[] {
  const first = new Map<string, { evidence: string; where: string }>();
  const problems: Problem[] = [];
  for (const { value: relation, file } of records.relations) {
    relation.claims.forEach((claim, index) => {
      for (const sentence of sentencesOf(claim.quote)) {
        const key = `${claim.source}|${sentence}`;
        const seen = first.get(key);
        if (seen === undefined) first.set(key, { evidence: claim.evidence, where: `relation "${relation.id}" (${file})` });
        else if (seen.evidence !== claim.evidence) {
          problems.push({ severity: "error", file, record: relation.id, field: `claims[${index}].evidence`, message: `"${claim.evidence}", but the same sentence ("${sentence.slice(0, 60)}…") is "${seen.evidence}" on ${seen.where}: one sentence, one evidence kind` });
        }
      }
    });
  }
  return problems;
}
