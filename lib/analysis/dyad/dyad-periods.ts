import type { AllianceModel } from "../../graph/alliance-model";
import { yearPeriod } from "../../time/attestation-periods";
import { formatYearSpan, type YearSpan } from "../../time/year-span";
import { relationTypeInfo } from "../../vocabulary/vocabulary";
import { DEFAULT_CONTEST_RULE } from "../../vocabulary/contest-rules";
import { contestEvidence, type SignOptions } from "../balance/signed-pairs";
import { resolveContest } from "../balance/resolve-contest";
import { COUNT_UNATTESTED_BY_DEFAULT } from "../shared/counted-relations";

/** How a pair stood in a stretch of years. */
export type PeriodTone = "friendly" | "hostile" | "contested" | "neutral" | "none";

/** A stretch of consecutive years in which a pair stood the same way: one chapter of its story. */
export interface DyadPeriod {
  years: YearSpan;
  /** The pair's sign in these years (a pair both friendly and hostile as the contest rule reads it); "none": no relation recorded. */
  tone: PeriodTone;
  /** True when the pair was friendly and hostile at once in these years (whatever the rule made of it). */
  contested: boolean;
  /** True when no source attests any relation of the pair in these years: they only continue. */
  unattestedOnly: boolean;
  /** Every relation of the pair present in these years, by start. */
  relations: string[];
  /** The relation that tells the period best: of its tone, present longest in it, then with the most claims. null in a gap. */
  key: string | null;
  /** Ids of the disputes any of these relations is a side of. */
  disputes: string[];
}

/**
 * A pair's history as periods in order, from its first relation's year to its last, gaps
 * included ("no relation recorded"), each year read as the balance reads it (same switches).
 */
export function dyadPeriods(model: Pick<AllianceModel, "graph">, a: string, b: string, options: SignOptions = {}): DyadPeriod[] {
  if (!model.graph.hasNode(a) || !model.graph.hasNode(b) || a === b) return [];
  const countUnattested = options.countUnattested ?? COUNT_UNATTESTED_BY_DEFAULT;
  const edges = [...new Set([...model.graph.edges(a, b), ...model.graph.edges(b, a)])];
  if (edges.length === 0) return [];
  const first = Math.min(...edges.map((id) => model.graph.getEdgeAttribute(id, "years").from));
  const last = Math.max(...edges.map((id) => model.graph.getEdgeAttribute(id, "years").to));
  const periods: DyadPeriod[] = [];
  for (let year = first; year <= last; year += 1) {
    const present = edges.filter((id) => counts(model, id, year, countUnattested));
    const reading = readYear(model, present, year, options);
    const previous = periods[periods.length - 1];
    if (previous !== undefined && previous.tone === reading.tone && previous.contested === reading.contested && previous.unattestedOnly === reading.unattestedOnly) {
      previous.years = { from: previous.years.from, to: year };
      for (const id of present) if (!previous.relations.includes(id)) previous.relations.push(id);
    } else periods.push({ years: { from: year, to: year }, ...reading, relations: [...present], key: null, disputes: [] });
  }
  for (const period of periods) {
    const startOf = (id: string) => model.graph.getEdgeAttribute(id, "attestation").attested.from;
    period.relations.sort((x, y) => (startOf(x) < startOf(y) ? -1 : startOf(x) > startOf(y) ? 1 : x < y ? -1 : x > y ? 1 : 0));
    period.key = keyRelation(model, period);
    period.disputes = [...new Set(period.relations.flatMap((id) => model.graph.getEdgeAttribute(id, "disputes")))];
  }
  return periods;
}

function counts(model: Pick<AllianceModel, "graph">, id: string, year: number, countUnattested: boolean): boolean {
  const { years, attestedYears } = model.graph.getEdgeAttributes(id);
  return year >= years.from && year <= (countUnattested ? years.to : attestedYears.to);
}

function readYear(model: Pick<AllianceModel, "graph">, present: readonly string[], year: number, options: SignOptions): Pick<DyadPeriod, "tone" | "contested" | "unattestedOnly"> {
  const unattestedOnly = present.length > 0 && present.every((id) => model.graph.getEdgeAttribute(id, "attestedYears").to < year);
  const signs = new Set(present.map((id) => relationTypeInfo(model.graph.getEdgeAttribute(id, "relation").type).sign));
  if (present.length === 0) return { tone: "none", contested: false, unattestedOnly };
  if (signs.has(1) && signs.has(-1)) {
    const signed = present.filter((id) => relationTypeInfo(model.graph.getEdgeAttribute(id, "relation").type).sign !== 0);
    const evidence = signed.map((id) => contestEvidence(model, id, options.countUnattested ?? COUNT_UNATTESTED_BY_DEFAULT));
    const sign = resolveContest(evidence, yearPeriod(year), options.contestRule ?? DEFAULT_CONTEST_RULE).sign;
    return { tone: sign === null ? "contested" : sign === 1 ? "friendly" : "hostile", contested: true, unattestedOnly };
  }
  return { tone: signs.has(1) ? "friendly" : signs.has(-1) ? "hostile" : "neutral", contested: false, unattestedOnly };
}

const TONE_SIGN: Record<PeriodTone, number | null> = { friendly: 1, hostile: -1, neutral: 0, contested: null, none: null };

function keyRelation(model: Pick<AllianceModel, "graph">, period: DyadPeriod): string | null {
  const sign = TONE_SIGN[period.tone];
  const candidates = period.relations.filter((id) => sign === null || relationTypeInfo(model.graph.getEdgeAttribute(id, "relation").type).sign === sign);
  const overlap = (id: string) => {
    const span = model.graph.getEdgeAttribute(id, "attestedYears");
    return Math.max(0, Math.min(span.to, period.years.to) - Math.max(span.from, period.years.from) + 1);
  };
  const claims = (id: string) => model.graph.getEdgeAttribute(id, "relation").claims.length;
  const sorted = [...candidates].sort((x, y) => overlap(y) - overlap(x) || claims(y) - claims(x));
  return sorted[0] ?? null;
}

const TONE_WORDS: Record<PeriodTone, string> = { friendly: "friendly", hostile: "hostile", contested: "contested", neutral: "talks only", none: "no relation recorded" };

/** "hostile, 1996–2001"; "friendly, contested, 2013–2021"; "no relation recorded, 2002–2012". */
export function periodLabel(period: Pick<DyadPeriod, "tone" | "contested" | "unattestedOnly" | "years">): string {
  const parts = [TONE_WORDS[period.tone]];
  if (period.contested && period.tone !== "contested") parts.push("contested");
  if (period.unattestedOnly) parts.push("not attested, only continuing");
  return `${parts.join(", ")}, ${formatYearSpan(period.years)}`;
}
