// The contest rules of the balance analysis (lib/analysis/balance/resolve-contest), as plain
// constants so the URL state (lib/view-state) and the analysis share one list.

/** How a pair with friendly and hostile relations in one period is read; see resolveContest. */
export const CONTEST_RULES = ["specific", "claims", "none"] as const;
export type ContestRule = (typeof CONTEST_RULES)[number];
export const DEFAULT_CONTEST_RULE: ContestRule = "specific";
