import { COUNT_UNATTESTED_BY_DEFAULT, yearParam } from "../time";
import { CONTEST_RULES, type ContestRule, DEFAULT_CONTEST_RULE } from "../vocabulary/contest-rules";
import { clip } from "./clip";
import type { ViewContext } from "./view-context";

/** The tabs of the Analysis area. */
export const ANALYSIS_TABS = ["compare", "balance", "blocs", "dyad"] as const;
export type AnalysisTab = (typeof ANALYSIS_TABS)[number];

/** Two actors whose history is shown side by side, `a` first. */
export interface Dyad {
  a: string;
  b: string;
}

/** The shareable part of the analysis views: which tab is open and what it compares. */
export interface AnalysisState {
  /** The open tab; null when the area is closed. */
  tab: AnalysisTab | null;
  /**
   * The second year of "compare two years" (the map's year is the other). The map draws the
   * comparison only while the compare tab is open; the year is kept when another tab opens.
   */
  compare: number | null;
  dyad: Dyad | null;
  /** Whether nodes are ringed in their bloc's colour. */
  blocColours: boolean;
  /**
   * Whether the analyses count relations in the years they only continue, unattested (see
   * lib/analysis/shared/counted-relations): on by default; `attested=only` turns it off.
   */
  countUnattested: boolean;
  /** How balance reads a pair with friendly and hostile relations at once (`contest=`; see resolveContest). */
  contestRule: ContestRule;
}

export function defaultAnalysis(): AnalysisState {
  return { tab: null, compare: null, dyad: null, blocColours: false, countUnattested: COUNT_UNATTESTED_BY_DEFAULT, contestRule: DEFAULT_CONTEST_RULE };
}

/**
 * The tab a link opens when it names none: `?compare=…` opens the comparison and `?dyad=…` the
 * dyad, so the short links the issue asks for work; `analysis=` is written only to override this.
 */
export function impliedTab(state: Pick<AnalysisState, "compare" | "dyad">): AnalysisTab | null {
  if (state.compare !== null) return "compare";
  if (state.dyad !== null) return "dyad";
  return null;
}

export function sameAnalysis(a: AnalysisState, b: AnalysisState): boolean {
  const sameDyad = a.dyad === null || b.dyad === null ? a.dyad === b.dyad : a.dyad.a === b.dyad.a && a.dyad.b === b.dyad.b;
  return a.tab === b.tab && a.compare === b.compare && a.blocColours === b.blocColours && a.countUnattested === b.countUnattested && a.contestRule === b.contestRule && sameDyad;
}

/** Reads `analysis`, `compare`, `dyad`, `blocs` and `attested`; each bad one gets a notice and its default. */
export function parseAnalysisState(params: URLSearchParams, context: ViewContext, notices: string[]): AnalysisState {
  const compare = parseCompare(params.get("compare"), context, notices);
  const dyad = parseDyad(params.get("dyad"), context, notices);
  const rawTab = params.get("analysis");
  let tab = impliedTab({ compare, dyad });
  if (rawTab !== null && rawTab !== "") {
    // "none": the area closed although `compare` or `dyad` would open it.
    if (rawTab === "none") tab = null;
    else if ((ANALYSIS_TABS as readonly string[]).includes(rawTab)) tab = rawTab as AnalysisTab;
    else notices.push(`No analysis “${clip(rawTab)}”; the choices are ${ANALYSIS_TABS.join(", ")}.`);
  }
  return { tab, compare, dyad, blocColours: params.get("blocs") === "1", countUnattested: parseAttested(params.get("attested"), notices), contestRule: parseContestRule(params.get("contest"), notices) };
}

function parseContestRule(raw: string | null, notices: string[]): ContestRule {
  if (raw === null || raw === "") return DEFAULT_CONTEST_RULE;
  const rule = CONTEST_RULES.find((candidate) => candidate === raw);
  if (rule !== undefined) return rule;
  notices.push(`No contest rule “${clip(raw)}”; the choices are ${CONTEST_RULES.join(", ")}. Using ${DEFAULT_CONTEST_RULE}.`);
  return DEFAULT_CONTEST_RULE;
}

/** `attested=only`: the analyses leave out relations that only continue, unattested. */
function parseAttested(raw: string | null, notices: string[]): boolean {
  if (raw === null || raw === "") return COUNT_UNATTESTED_BY_DEFAULT;
  if (raw === "only") return false;
  if (raw === "all") return true;
  notices.push(`“${clip(raw)}” is not a choice for attested; the choices are attested=only and attested=all. Counting relations that continue unattested.`);
  return COUNT_UNATTESTED_BY_DEFAULT;
}

function parseCompare(raw: string | null, context: ViewContext, notices: string[]): number | null {
  if (raw === null || raw === "") return null;
  const { first, last } = context.years;
  const year = yearParam(raw);
  if (year === null) {
    notices.push(`“${clip(raw)}” is not a year to compare with.`);
    return null;
  }
  if (year < first || year > last) {
    notices.push(`The data covers ${first}–${last}, so it cannot compare with ${year}.`);
    return null;
  }
  return year;
}

function parseDyad(raw: string | null, context: ViewContext, notices: string[]): Dyad | null {
  if (raw === null || raw === "") return null;
  const ids = raw.split(",").map((id) => id.trim());
  const [a, b] = ids;
  if (ids.length !== 2 || a === undefined || b === undefined || a === "" || b === "") {
    notices.push(`A dyad is two actors, as in dyad=iran,taliban; “${clip(raw)}” is not.`);
    return null;
  }
  const unknown = [a, b].filter((id) => context.actorSpan(id) === undefined);
  if (unknown.length > 0) {
    notices.push(`No actor ${unknown.map((id) => `“${clip(id)}”`).join(" or ")} in the data, so no dyad is shown.`);
    return null;
  }
  if (a === b) {
    notices.push("A dyad needs two different actors.");
    return null;
  }
  return { a, b };
}

/** The query parameters for the analysis state, defaults left out. */
export function serializeAnalysisState(state: AnalysisState): string[] {
  const parts: string[] = [];
  if (state.compare !== null) parts.push(`compare=${state.compare}`);
  if (state.dyad !== null) parts.push(`dyad=${encodeURIComponent(state.dyad.a)},${encodeURIComponent(state.dyad.b)}`);
  if (state.tab !== impliedTab(state)) parts.push(`analysis=${state.tab ?? "none"}`);
  if (state.blocColours) parts.push("blocs=1");
  if (state.contestRule !== DEFAULT_CONTEST_RULE) parts.push(`contest=${state.contestRule}`);
  if (state.countUnattested !== COUNT_UNATTESTED_BY_DEFAULT) parts.push(state.countUnattested ? "attested=all" : "attested=only");
  return parts;
}
