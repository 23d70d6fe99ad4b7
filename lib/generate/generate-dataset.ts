import type { Claim, Dataset, Relation } from "../schema";
import { relationYears, type YearSpan } from "../time/year-span";
import { makeDates } from "./dates";
import { makeDisputes } from "./disputes";
import { personName, personRole } from "./names";
import { quoteFor } from "./quotes";
import { createRandom } from "./random";
import { actorAt, corpusText, makeActors, makeSources, pickSource, setLifespans } from "./records";
import { CLAIM_COUNT_WEIGHTS, DISPUTED, EVIDENCE_WEIGHTS, TYPE_WEIGHTS } from "./weights";
import { RELATION_TYPES, type RelationType } from "../vocabulary";

/**
 * A synthetic dataset that is valid under our schema and shaped like real data: preferential
 * attachment gives a few hubs and a long tail, relation types come in realistic proportions, spans
 * run one to thirty years (mostly short) across fifty years, some relations are ongoing and some
 * have unknown ends, about one in a hundred is disputed, and every quote is written into the
 * corpus text of the source it cites, so the whole dataset validates with its own corpus.
 * Deterministic: the same options always give byte-identical output.
 */
export interface GenerateOptions {
  actors: number;
  relations: number;
  seed: string | number;
  /** First year of the data (default 1975). */
  firstYear?: number;
  /** How many years the data spans (default 50). */
  years?: number;
}

export interface GeneratedDataset extends Dataset {
  /** Corpus file name → text; every quote appears verbatim in its source's text. */
  corpus: Map<string, string>;
}

export function generateDataset(options: GenerateOptions): GeneratedDataset {
  const actorCount = Math.max(2, Math.floor(options.actors));
  const relationCount = Math.max(1, Math.floor(options.relations));
  const first = options.firstYear ?? 1975;
  const last = first + (options.years ?? 50) - 1;
  const random = createRandom(options.seed);

  const actors = makeActors(random, actorCount, options.seed);
  const sources = makeSources(random, Math.max(3, Math.round(relationCount / 25)), first, last);
  const sourceYears = sources.map((s) => Number(s.published.date.slice(0, 4)));
  const quotesBySource = new Map<string, string[]>(sources.map((s) => [s.id, []]));
  const names = new Map(actors.map((a) => [a.id, a.name]));

  const relations: Relation[] = [];
  const relationIds = new Set<string>();
  const spansByKey = new Map<string, YearSpan[]>();

  const claimFor = (relation: Pick<Relation, "source" | "target" | "type">, year: number, avoid: ReadonlySet<string>): Claim => {
    let source = pickSource(random, sources, sourceYears, year);
    for (let attempt = 0; attempt < 6 && avoid.has(source.id); attempt += 1) source = pickSource(random, sources, sourceYears, year);
    const evidence = random.weighted(EVIDENCE_WEIGHTS);
    const pair = { source: names.get(relation.source) ?? relation.source, target: names.get(relation.target) ?? relation.target };
    const quote = quoteFor(random, relation.type, evidence, pair, year);
    quotesBySource.get(source.id)?.push(quote);
    const claim: Claim = { source: source.id, quote, evidence };
    if (evidence === "participant" && random.chance(0.6)) claim.speaker = { name: personName(random), role: personRole(random), actor: relation.source };
    return claim;
  };

  /** Adds a relation between actor indices a and b unless it would duplicate one (same pair, type, overlapping years). */
  const addRelation = (a: number, b: number, forcedType?: RelationType, forcedDates?: Pick<Relation, "start" | "end">, avoid: ReadonlySet<string> = new Set()): Relation | null => {
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const type = forcedType ?? random.weighted(TYPE_WEIGHTS as Record<RelationType, number>);
      const directed = RELATION_TYPES[type].directed;
      const [s, t] = random.chance(0.5) ? [a, b] : [b, a];
      const source = actorAt(actors, s).id;
      const target = actorAt(actors, t).id;
      const dates = forcedDates ?? makeDates(random, first, last);
      const span = relationYears(dates, last);
      const key = directed || source < target ? `${source}|${type}|${target}` : `${target}|${type}|${source}`;
      const taken = spansByKey.get(key) ?? [];
      if (taken.some((other) => other.from <= span.to && span.from <= other.to)) continue;
      taken.push(span);
      spansByKey.set(key, taken);

      const year = Number(dates.start.slice(0, 4));
      const base = `${source}-${type}-${target}-${year}`;
      let id = base;
      for (let n = 2; relationIds.has(id); n += 1) id = `${base}-${n}`;
      relationIds.add(id);
      const claimCount = Number(random.weighted(CLAIM_COUNT_WEIGHTS));
      const claims: Claim[] = [];
      const cited = new Set<string>(avoid);
      for (let i = 0; i < claimCount; i += 1) {
        const claim = claimFor({ source, target, type }, year, cited);
        // A relation cites each source once (a second quote from it would be one claim).
        if (i > 0 && cited.has(claim.source)) continue;
        cited.add(claim.source);
        claims.push(claim);
      }
      const relation: Relation = { id, source, target, type, start: dates.start, end: dates.end, claims };
      if (dates.end !== "ongoing" && dates.end !== "unknown" && random.chance(0.05)) relation.inferred = { end: "Inferred from the last report that mentions the relation." };
      relations.push(relation);
      return relation;
    }
    return null;
  };

  // Preferential attachment: each endpoint is drawn from the list of all endpoints so far, so an
  // actor is chosen in proportion to its degree (with some uniform draws to keep the tail alive).
  const disputeCount = relationCount >= 20 ? Math.max(1, Math.round(relationCount * DISPUTED)) : 0;
  const plain = relationCount - disputeCount;
  const ends: number[] = [];
  const pairs: [number, number][] = [];
  const preferential = (limit: number) => (ends.length > 0 && random.chance(0.85) ? (ends[random.int(0, ends.length - 1)] as number) : random.int(0, limit - 1));
  const connect = (a: number, b: number) => {
    if (addRelation(a, b) === null) return;
    ends.push(a, b);
    pairs.push([a, b]);
  };
  // Every actor first joins the network once (while relations last), attaching to a busy actor.
  for (let i = 1; i < actorCount && relations.length < plain; i += 1) connect(i, preferential(i));
  const fill = (target: number) => {
    for (let guard = 0; relations.length < target && guard < target * 20; guard += 1) {
      // Real pairs carry several relations over the years (a dozen between Iran and the Taliban).
      if (pairs.length > 0 && random.chance(0.25)) {
        const [a, b] = pairs[random.int(0, pairs.length - 1)] as [number, number];
        connect(a, b);
        continue;
      }
      const a = preferential(actorCount);
      const b = preferential(actorCount);
      if (a !== b) connect(a, b);
    }
  };
  fill(plain);

  const disputes = makeDisputes(random, relations, disputeCount, actors, addRelation);
  // Disputes between two claims of one relation add no relation: top up to the count asked for.
  fill(relationCount);
  setLifespans(random, actors, relations, last);

  const corpus = new Map<string, string>();
  for (const source of sources) corpus.set(source.corpusFile, corpusText(random, source, quotesBySource.get(source.id) ?? []));
  return { actors, sources, relations, disputes, unverifiedSources: [], corpus };
}
