import { z } from "zod";
import { dateParts, PARTIAL_DATE } from "../vocabulary/dates";


export const PartialDateSchema = z
  .string()
  .regex(PARTIAL_DATE, { error: (issue) => `${JSON.stringify(issue.input)} is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD`, abort: true })
  .refine((value) => dateParts(value) !== null, { error: (issue) => `${JSON.stringify(issue.input)} is not a real calendar date (month 01-12, day within the month)` })
  .meta({
    description: "A date of year, month or day precision: 2001, 2001-10 or 2021-08-15.",
    examples: ["2001", "2001-10", "2021-08-15"],
  });

export type PartialDate = z.infer<typeof PartialDateSchema>;

/** A bound that may also be a word ("ongoing", "unknown"): zod's own union message would say only "Invalid input". */
export function dateOrWords(words: readonly string[]) {
  const said = words.map((word) => `"${word}"`).join(" or ");
  return (issue: { input?: unknown }) => `${JSON.stringify(issue.input)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD) or ${said}`;
}
