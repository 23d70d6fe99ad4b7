import type { Actor, Relation, Source } from "../schema";
import { relationYears } from "../time/year-span";
import { dateIn } from "./dates";
import { actorName, inventRoot, kebab, personName } from "./names";
import { fillerSentence } from "./quotes";
import type { Random } from "./random";
import { KIND_WEIGHTS, SOURCE_KIND_WEIGHTS } from "./weights";

// Actors, sources, lifespans and corpus text: the records the relations hang on.

export function actorAt(actors: readonly Actor[], index: number): Actor {
  const actor = actors[index];
  if (actor === undefined) throw new Error(`generate: no actor at ${index}`);
  return actor;
}


export function makeActors(random: Random, count: number, seed: string | number): Actor[] {
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

export function makeSources(random: Random, count: number, first: number, last: number): Source[] {
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
export function pickSource(random: Random, sources: readonly Source[], years: readonly number[], year: number): Source {
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

/** About a third of actors get a lifespan, always wide enough to hold their relations (no warnings). */
export function setLifespans(random: Random, actors: Actor[], relations: readonly Relation[], last: number): void {
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
export function corpusText(random: Random, source: Source, quotes: readonly string[]): string {
  const paragraphs = [`${source.title}`];
  for (const quote of quotes) paragraphs.push(`${fillerSentence(random)} ${quote} ${fillerSentence(random)}`);
  if (quotes.length === 0) paragraphs.push(fillerSentence(random));
  return `${paragraphs.join("\n\n")}\n`;
}
