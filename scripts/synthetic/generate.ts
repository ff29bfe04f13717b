/*
 * The synthetic dataset of contract v1 (data/README.md) that `npm run gen:synthetic` writes: events drawn on
 * the days of dates.ts in the world of world.ts, told in the words of templates.ts, each quoting one sentence of
 * a generated source word for word. The same options always give the same dataset.
 */
import type { RawActor, RawEvent, RawSource } from '../../src/domain/contract';
import { slugify } from '../../src/domain/slug';
import { DAY_MS, formatUtc } from '../../src/domain/calendar';
import { chooseDate, drawDays, FIRST_DAY, type Burst, type DatedEvent } from './dates';
import { Random, zipf } from './random';
import { FILLER, QUOTED, SUMMARIES, TITLES, type Words } from './templates';
import {
  ACTORS,
  ATTRIBUTIONS,
  BURST_CATEGORY_WEIGHTS,
  CATEGORY_WEIGHTS,
  FIGHTING,
  PLACES,
  PUBLISHERS,
  REGIONS,
  RELATIONS,
  ROLES,
  type Category,
} from './world';

export interface SyntheticOptions {
  /** Number of events, at least 1. */
  readonly events: number;
  /** Any integer; the same seed gives the same dataset. */
  readonly seed: number;
  /** Number of sources; by default one per EVENTS_PER_SOURCE events, at least MIN_SOURCES (at most one per event). */
  readonly sources?: number;
}

export interface SyntheticDataset {
  version: 1;
  title: string;
  description: string;
  sources: RawSource[];
  actors: RawActor[];
  events: RawEvent[];
}

/*
 * Validation anchors every quote by searching its whole source (and on to the end, to prove it unique), so it
 * costs (events x source length). A source per ~100 events keeps a 100,000-event file's validation to about a
 * second, like a realistic mix of daily reports; src/domain/import/quote-sources.ts makes the same trade.
 */
export const EVENTS_PER_SOURCE = 100;
/** Goes into the description; raise it when the output for a seed changes, so old files are made again. */
export const GENERATOR_VERSION = 2;
export const MIN_SOURCES = 20;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface Draft {
  readonly day: number;
  readonly event: RawEvent;
  readonly sentences: string[];
  readonly lastDay: number;
  readonly withContext: boolean;
}

/** The actors of one event: one to three, the first in the category's lead role. */
function chooseActors(random: Random, category: Category, burst: Burst | undefined): RawEvent['actors'] {
  const [kinds, leadRole, otherRole] = ROLES[category];
  const fighting = FIGHTING.includes(category);
  if (burst && fighting && random.chance(0.7)) {
    return [
      { actor: burst.attacker.id, role: leadRole },
      { actor: burst.target.id, role: otherRole },
    ];
  }
  const leads = zipf(
    ACTORS.filter((actor) => kinds.includes(actor.kind) && (!fighting || actor.side !== 'neutral')),
  );
  const lead = random.weighted(leads);
  const actors: RawEvent['actors'] = [{ actor: lead.id, role: leadRole }];
  const extra = random.weighted([
    [0, 3],
    [1, 5],
    [2, 2],
  ] as const);
  // Fighting is between sides: the other party of an attack is never on the attacker's side.
  const others = zipf(
    ACTORS.filter(
      (actor) => actor !== lead && (!fighting || (actor.side !== lead.side && actor.side !== 'neutral')),
    ),
  );
  while (actors.length < 1 + Math.min(extra, others.length)) {
    const other = random.weighted(others);
    if (actors.some((entry) => entry.actor === other.id)) continue;
    actors.push(actors.length === 1 ? { actor: other.id, role: otherRole } : { actor: other.id });
  }
  return actors;
}

function nameOf(id: string): string {
  return ACTORS.find((actor) => actor.id === id)?.name ?? id;
}

/** One event on `day`, the `index`-th in time, with the sentences its source will quote. */
function draftEvent(
  random: Random,
  { day, burst }: DatedEvent,
  index: number,
  placeWeights: readonly (readonly [string, number])[],
): Draft {
  const n = index + 1;
  const category = random.weighted(burst ? BURST_CATEGORY_WEIGHTS : CATEGORY_WEIGHTS);
  const place = burst && random.chance(0.75) ? random.pick(burst.places) : random.weighted(placeWeights);
  const actors = chooseActors(random, category, burst);
  const words: Words = {
    actor: nameOf(actors[0]?.actor ?? ''),
    other: nameOf(actors[1]?.actor ?? random.pick(ACTORS).id),
    place,
    region: random.pick(REGIONS),
    n,
    count: random.int(2, 40),
  };
  const date = chooseDate(random, day);
  const sentences = [capitalize(random.pick(QUOTED[category])(words))];
  // A few events are told twice; "case <n>" is as unique as "incident <n>".
  if (random.chance(0.04))
    sentences.push(`A follow-up report on case ${n} added that ${place} was quiet again.`);
  const event: RawEvent = {
    id: `${category}-${slugify(place)}-${formatUtc(day, 'isoDay')}-${n}`,
    title: random.pick(TITLES[category])(words),
    summary: random.pick(SUMMARIES[category])(words),
    date: date.edtf,
    dateBasis: date.basis,
    category,
    actors,
    excerpts: [],
  };
  if (random.chance(0.9)) event.place = `${place}, ${random.pick(REGIONS)}`;
  if (random.chance(0.25)) event.attribution = random.pick(ATTRIBUTIONS);
  return { day, event, sentences, lastDay: date.lastDay, withContext: random.chance(0.05) };
}

/** Related events: a few percent point back at a recent event. */
function relateEvents(random: Random, drafts: readonly Draft[]): void {
  drafts.forEach((draft, index) => {
    if (index === 0 || !random.chance(0.03)) return;
    const target = drafts[Math.max(0, index - random.int(1, 50))];
    if (!target) return;
    draft.event.related = [{ event: target.event.id, relation: random.weighted(RELATIONS) }];
  });
}

/** Paragraphs of two to five quoted sentences and now and then a filler sentence; follow-ups at the end. */
function paragraphsOf(random: Random, group: readonly Draft[]): string[] {
  const paragraphs: string[] = [];
  let sentences: string[] = [];
  const pending: string[] = [];
  for (const draft of group) {
    const [main, ...followUps] = draft.sentences;
    if (main) sentences.push(main);
    pending.push(...followUps);
    if (random.chance(0.15)) sentences.push(random.pick(FILLER));
    if (sentences.length >= random.int(2, 5)) {
      paragraphs.push(sentences.join(' '));
      sentences = [];
    }
  }
  if (sentences.length > 0) paragraphs.push(sentences.join(' '));
  if (pending.length > 0) paragraphs.push(pending.join(' '));
  return paragraphs;
}

/** Gives each event of `group` its excerpts: its sentences, quoted from the source `id` with text `text`. */
function quoteFrom(id: string, text: string, group: readonly Draft[]): void {
  for (const draft of group) {
    draft.sentences.forEach((exact, index) => {
      const excerpt: RawEvent['excerpts'][number] = { source: id, exact };
      if (draft.withContext && index === 0) {
        // A selector with context, as an annotation tool would write it.
        const at = text.indexOf(exact);
        const prefix = text.slice(Math.max(0, at - 12), at);
        const suffix = text.slice(at + exact.length, at + exact.length + 12);
        if (prefix.trim() !== '') excerpt.prefix = prefix;
        if (suffix.trim() !== '') excerpt.suffix = suffix;
      }
      draft.event.excerpts.push(excerpt);
    });
  }
}

/** Report number `part + 1`: a run of consecutive events written up, published after its last event. */
function writeSource(random: Random, group: readonly Draft[], part: number): RawSource {
  const firstDay = group[0]?.day ?? FIRST_DAY;
  const lastDay = group.reduce((latest, draft) => Math.max(latest, draft.lastDay), -Infinity);
  const publisher = random.pick(PUBLISHERS);
  const id = `${slugify(publisher)}-report-${part + 1}`;
  const published = lastDay + random.int(1, 3) * DAY_MS;
  const heading = `${publisher}: report ${part + 1}, covering events from ${formatUtc(firstDay, 'date')}.`;
  const text = [heading, ...paragraphsOf(random, group)].join('\n\n');
  quoteFrom(id, text, group);
  return {
    id,
    title: `${publisher} report ${part + 1} (${formatUtc(published, 'isoDay').slice(0, 4)})`,
    publisher,
    url: `https://example.org/synthetic/${slugify(publisher)}/report-${part + 1}`,
    published: formatUtc(published, 'isoDay'),
    publishedBasis: 'Synthetic: the report is dated a few days after the last event it describes.',
    text,
  };
}

export function generateSynthetic(options: SyntheticOptions): SyntheticDataset {
  const count = Math.floor(options.events);
  if (!(count >= 1)) throw new Error('--events must be at least 1');
  const random = new Random(options.seed);
  const sourceCount = Math.min(
    count,
    Math.max(1, Math.floor(options.sources ?? Math.max(MIN_SOURCES, Math.ceil(count / EVENTS_PER_SOURCE)))),
  );

  const days = drawDays(random, count).sort((a, b) => a.day - b.day);
  const placeWeights = zipf(PLACES, 0.8);
  const drafts = days.map((dated, index) => draftEvent(random, dated, index, placeWeights));
  relateEvents(random, drafts);
  const sources = Array.from({ length: sourceCount }, (_, part) =>
    writeSource(
      random,
      drafts.slice(Math.floor((part * count) / sourceCount), Math.floor(((part + 1) * count) / sourceCount)),
      part,
    ),
  );

  const formatted = count.toLocaleString('en-US');
  return {
    version: 1,
    title: `Synthetic conflict: ${formatted} events (seed ${options.seed})`,
    description:
      `Generated by scripts/gen-synthetic.ts (v${GENERATOR_VERSION}) with --events ${count} --seed ${options.seed} ` +
      'for benchmarks. ' +
      'Actors, places, reports and quotes are fictional.',
    sources,
    actors: ACTORS.map(({ side: _side, ...actor }) => actor),
    events: drafts.map((draft) => draft.event),
  };
}

/** JSON with one record per line: compact, yet greppable and diffable. */
export function serializeDataset(dataset: SyntheticDataset): string {
  const list = (records: readonly unknown[]) =>
    records.length === 0
      ? '[]'
      : `[\n${records.map((record) => `    ${JSON.stringify(record)}`).join(',\n')}\n  ]`;
  return [
    '{',
    `  "version": ${dataset.version},`,
    `  "title": ${JSON.stringify(dataset.title)},`,
    `  "description": ${JSON.stringify(dataset.description)},`,
    `  "sources": ${list(dataset.sources)},`,
    `  "actors": ${list(dataset.actors)},`,
    `  "events": ${list(dataset.events)}`,
    '}',
    '',
  ].join('\n');
}
