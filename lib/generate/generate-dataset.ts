import {
  RELATION_TYPES,
  type Actor,
  type ActorKind,
  type Claim,
  type Dispute,
  type EvidenceKind,
  type Relation,
  type RelationType,
  type Source,
  type SourceKind,
} from "../schema";
import { relationYears, type YearSpan } from "../time/year-span";
import { actorName, inventRoot, kebab, personName, personRole } from "./names";
import { fillerSentence, quoteFor } from "./quotes";
import { createRandom, type Random } from "./random";

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

export interface GeneratedDataset {
  actors: Actor[];
  sources: Source[];
  relations: Relation[];
  disputes: Dispute[];
  /** Corpus file name → text; every quote appears verbatim in its source's text. */
  corpus: Map<string, string>;
}

const KIND_WEIGHTS: Record<ActorKind, number> = {
  state: 10,
  government: 8,
  "armed-group": 24,
  militia: 20,
  "political-party": 12,
  community: 9,
  coalition: 6,
  "religious-authority": 5,
  "international-organization": 6,
};

// Roughly what the hand-curated data holds: much support and hostility, less of the narrow kinds.
// A type added to the vocabulary later is simply not generated until it is given a weight here.
const TYPE_WEIGHTS: Partial<Record<RelationType, number>> = {
  supports: 14,
  enemy: 11,
  cooperates: 10,
  ally: 9,
  attacks: 9,
  negotiates: 8,
  clashes: 7,
  rival: 7,
  funds: 5,
  arms: 5,
  sanctions: 3,
  trains: 3,
  hosts: 3,
  opposes: 2,
  advises: 2,
  "proxy-of": 2,
  criticizes: 2,
  "member-of": 2,
};

const EVIDENCE_WEIGHTS: Record<EvidenceKind, number> = { fact: 45, participant: 20, secondhand: 20, analysis: 15 };
const SOURCE_KIND_WEIGHTS: Record<SourceKind, number> = { "news-report": 45, analysis: 15, history: 12, "official-statement": 10, opinion: 8, book: 6, advocacy: 4 };
const CLAIM_COUNT_WEIGHTS = { "1": 68, "2": 22, "3": 10 } as const;

/** Share of relations whose end no source states, and of disputes among relations. */
const UNKNOWN_END = 0.12;
const DISPUTED = 0.01;
const MAX_SPAN = 30;

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
  return { actors, sources, relations, disputes, corpus };
}

function actorAt(actors: readonly Actor[], index: number): Actor {
  const actor = actors[index];
  if (actor === undefined) throw new Error(`generate: no actor at ${index}`);
  return actor;
}


function makeActors(random: Random, count: number, seed: string | number): Actor[] {
  const actors: Actor[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const kind = random.weighted(KIND_WEIGHTS);
    const root = inventRoot(random);
    const name = actorName(random, kind, root);
    let id = kebab(name);
    for (let n = 2; ids.has(id); n += 1) id = `${kebab(name)}-${n}`;
    ids.add(id);
    const actor: Actor = { id, name, aliases: random.chance(0.2) ? [root] : [], kind, description: `An invented ${kind.replace(/-/g, " ")} (synthetic data, seed ${seed}).` };
    actors.push(actor);
  }
  // Some groups belong to a coalition, as Hezbe Wahdat belonged to the Northern Alliance.
  const coalitions = actors.filter((a) => a.kind === "coalition");
  for (const actor of actors) {
    if (coalitions.length > 0 && (actor.kind === "militia" || actor.kind === "armed-group" || actor.kind === "political-party") && random.chance(0.1)) {
      actor.parent = random.pick(coalitions).id;
    }
  }
  return actors;
}

function makeSources(random: Random, count: number, first: number, last: number): Source[] {
  const sources: Source[] = [];
  const outlets = Array.from({ length: Math.max(3, Math.round(count / 10)) }, () => `The ${inventRoot(random)} ${random.pick(["Herald", "Times", "Observer", "Review", "Gazette", "Monitor"])}`);
  for (let i = 0; i < count; i += 1) {
    // Sources skew recent, and one is always from the last year, so every relation has a source
    // published in or after its start year, and the data's present is the last year.
    const year = i === 0 ? last : first + Math.floor((last - first + 1) * Math.sqrt(random.next()));
    const id = `source-${String(i + 1).padStart(5, "0")}`;
    const kind = random.weighted(SOURCE_KIND_WEIGHTS);
    const approximate = random.chance(0.1);
    const source: Source = {
      id,
      title: `${random.pick(["Report on", "Notes on", "The war in", "Shifting loyalties in", "A history of"])} ${inventRoot(random)}`,
      published: approximate ? { date: String(year), approximate, note: "No date is printed; the latest event it narrates sets the year." } : { date: dateIn(random, year), approximate },
      kind,
      corpusFile: `${id}.txt`,
    };
    if (kind !== "official-statement") source.outlet = random.pick(outlets);
    if (random.chance(0.6)) source.author = personName(random);
    if (random.chance(0.8)) source.url = `https://example.org/allegiances/${id}`;
    sources.push(source);
  }
  return sources.sort((a, b) => (a.published.date.slice(0, 4) < b.published.date.slice(0, 4) ? -1 : a.published.date.slice(0, 4) > b.published.date.slice(0, 4) ? 1 : a.id < b.id ? -1 : 1));
}

/** A source published in or after `year` (sources are sorted by year). */
function pickSource(random: Random, sources: readonly Source[], years: readonly number[], year: number): Source {
  let low = 0;
  let high = years.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((years[mid] as number) < year) low = mid + 1;
    else high = mid;
  }
  const index = low >= sources.length ? sources.length - 1 : random.int(low, sources.length - 1);
  return sources[index] as Source;
}

const pad = (n: number) => String(n).padStart(2, "0");

function dateIn(random: Random, year: number): string {
  const precision = random.weighted({ year: 55, month: 30, day: 15 });
  if (precision === "year") return String(year);
  const month = random.int(1, 12);
  return precision === "month" ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(random.int(1, 28))}`;
}

/** Start and end: one to thirty years, mostly short; some ongoing, some with unknown ends. */
function makeDates(random: Random, first: number, last: number): Pick<Relation, "start" | "end"> {
  const startYear = random.int(first, last);
  const precision = random.weighted({ year: 55, month: 30, day: 15 });
  const startMonth = precision === "year" ? null : random.int(1, 12);
  const startDay = precision === "day" ? random.int(1, 28) : null;
  const start = startMonth === null ? String(startYear) : startDay === null ? `${startYear}-${pad(startMonth)}` : `${startYear}-${pad(startMonth)}-${pad(startDay)}`;
  if (random.chance(UNKNOWN_END)) return { start, end: "unknown" };
  const length = 1 + Math.floor((MAX_SPAN - 1) * random.next() ** 3);
  let endYear = startYear + length - 1;
  if (endYear >= last) {
    if (random.chance(0.7)) return { start, end: "ongoing" };
    endYear = last;
  }
  const endPrecision = random.weighted({ year: 55, month: 30, day: 15 });
  if (endPrecision === "year") return { start, end: String(endYear) };
  const sameYear = endYear === startYear;
  const endMonth = sameYear ? random.int(startMonth ?? 1, 12) : random.int(1, 12);
  if (endPrecision === "month") return { start, end: `${endYear}-${pad(endMonth)}` };
  const endDay = sameYear && endMonth === startMonth ? random.int(startDay ?? 1, 28) : random.int(1, 28);
  return { start, end: `${endYear}-${pad(endMonth)}-${pad(endDay)}` };
}

const CONTRADICTS: Record<-1 | 0 | 1, readonly RelationType[]> = { 1: ["enemy", "rival", "opposes"], 0: ["enemy", "ally"], [-1]: ["ally", "cooperates", "supports"] };

/**
 * Where sources contradict each other: mostly a contradicting relation over the same pair and
 * years (one source says allies, another enemies), sometimes two claims on one relation.
 */
function makeDisputes(
  random: Random,
  relations: Relation[],
  count: number,
  actors: readonly Actor[],
  add: (a: number, b: number, type: RelationType, dates: Pick<Relation, "start" | "end">, avoid: ReadonlySet<string>) => Relation | null,
): Dispute[] {
  const index = new Map(actors.map((a, i) => [a.id, i]));
  const disputes: Dispute[] = [];
  const used = new Set<string>();
  const original = relations.length;
  for (let attempt = 0; disputes.length < count && attempt < count * 10 && original > 0; attempt += 1) {
    const relation = relations[random.int(0, original - 1)] as Relation;
    if (used.has(relation.id)) continue;
    const id = `dispute-${String(disputes.length + 1).padStart(4, "0")}`;
    if (relation.claims.length >= 2 && random.chance(0.3)) {
      const [a, b] = relation.claims as [Claim, Claim];
      used.add(relation.id);
      disputes.push({
        id,
        question: `When did the ${relation.type} relation between the two really begin?`,
        sides: [
          { relation: relation.id, source: a.source, position: "One account dates it as recorded." },
          { relation: relation.id, source: b.source, position: "Another account dates it differently." },
        ],
      });
      continue;
    }
    const sign = RELATION_TYPES[relation.type].sign;
    const type = random.pick(CONTRADICTS[sign]);
    // The contradicting claims come from sources other than the original's where possible.
    const counterpart = add(index.get(relation.source) ?? 0, index.get(relation.target) ?? 0, type, { start: relation.start, end: relation.end }, new Set(relation.claims.map((c) => c.source)));
    if (counterpart === null) continue;
    used.add(relation.id);
    used.add(counterpart.id);
    disputes.push({
      id,
      question: `Were they ${RELATION_TYPES[relation.type].label} or ${RELATION_TYPES[type].label}?`,
      sides: [
        { relation: relation.id, position: `${RELATION_TYPES[relation.type].label}` },
        { relation: counterpart.id, position: `${RELATION_TYPES[type].label}` },
      ],
    });
  }
  return disputes;
}

/** About a third of actors get a lifespan, always wide enough to hold their relations (no warnings). */
function setLifespans(random: Random, actors: Actor[], relations: readonly Relation[], last: number): void {
  const bounds = new Map<string, { from: number; to: number; ongoing: boolean }>();
  for (const relation of relations) {
    const span = relationYears(relation, last);
    for (const id of [relation.source, relation.target]) {
      const b = bounds.get(id);
      const ongoing = relation.end === "ongoing";
      if (b === undefined) bounds.set(id, { from: span.from, to: span.to, ongoing });
      else bounds.set(id, { from: Math.min(b.from, span.from), to: Math.max(b.to, span.to), ongoing: b.ongoing || ongoing });
    }
  }
  for (const actor of actors) {
    if (!random.chance(0.35)) continue;
    const b = bounds.get(actor.id);
    if (b === undefined) continue;
    const start = random.chance(0.3) ? "unknown" : String(b.from - random.int(0, 10));
    const end = b.ongoing || random.chance(0.5) ? (random.chance(0.7) ? "ongoing" : "unknown") : String(Math.min(last, b.to + random.int(0, 5)));
    actor.lifespan = { start, end };
  }
}

/** A source's text: a title, then each quote it is cited for, set among filler sentences. */
function corpusText(random: Random, source: Source, quotes: readonly string[]): string {
  const paragraphs = [`${source.title}`];
  for (const quote of quotes) paragraphs.push(`${fillerSentence(random)} ${quote} ${fillerSentence(random)}`);
  if (quotes.length === 0) paragraphs.push(fillerSentence(random));
  return `${paragraphs.join("\n\n")}\n`;
}
