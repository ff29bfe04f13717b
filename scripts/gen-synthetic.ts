/*
 * `npm run gen:synthetic -- --events 100000 --seed 1 [--out path] [--sources N] [--validate]`
 *
 * Writes a synthetic dataset of contract v1 (data/README.md) for benchmarks: fictional actors, places and
 * sources, about six years of events with a few dense bursts (thousands of events in a few weeks) and quiet
 * months, dates at every precision the contract allows, and every event quoting one sentence of a generated
 * source text word for word. The same seed always gives the same file; nothing depends on the clock.
 * Output defaults to bench/data/synthetic-<events>.json (git-ignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  addUtcMonths,
  DAY_MS,
  formatUtc,
  startOfNextUnit,
  startOfUnit,
  utcInstant,
  utcParts,
} from '../src/domain/calendar';
import type { RawActor, RawEvent, RawSource } from '../src/domain/dataset-schema';
import type { RelationKind } from '../src/domain/types';
import { validateDataset } from '../src/domain/validate-dataset';

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

/** Events fall between these days (UTC), about six years. */
const FIRST_YEAR = 2019;
const FIRST_DAY = utcInstant(FIRST_YEAR);
const LAST_DAY = utcInstant(2024, 12, 31);
const SPAN_DAYS = Math.round((LAST_DAY - FIRST_DAY) / DAY_MS) + 1;
/** Share of events that fall in a burst. */
const BURST_SHARE = 0.55;

// ---------------------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a small, fast 32-bit PRNG; good enough for test data and identical on every platform. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    // Mix the seed so that seeds 1, 2, 3 do not start from neighbouring states.
    this.next = mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ 0xc2b2ae35);
  }
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(list: readonly (readonly [T, number])[]): T {
    const total = list.reduce((sum, [, weight]) => sum + weight, 0);
    let target = this.next() * total;
    for (const [item, weight] of list) {
      target -= weight;
      if (target < 0) return item;
    }
    const last = list.at(-1);
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }
}

/** Zipf-like weights: the first items are much more common than the last. */
function zipf<T>(list: readonly T[], exponent = 1): [T, number][] {
  return list.map((item, index) => [item, 1 / (index + 1) ** exponent]);
}

// ---------------------------------------------------------------------------------------------------------
// The fictional world

type Side = 'north' | 'south' | 'valdoria' | 'neutral';

interface ActorSpec extends RawActor {
  readonly kind: RawActor['kind'];
  /** Which side of the conflict; fighting happens between sides, never within one. */
  readonly side: Side;
}

const ACTORS: readonly ActorSpec[] = [
  { id: 'northland', name: 'Northland', kind: 'state', color: '#1d4ed8', side: 'north' },
  { id: 'southmark', name: 'Southmark', kind: 'state', color: '#b91c1c', side: 'south' },
  {
    id: 'northland-armed-forces',
    name: 'Northland Armed Forces',
    kind: 'armed-force',
    color: '#0e7490',
    side: 'north',
  },
  { id: 'southmark-army', name: 'Southmark Army', kind: 'armed-force', color: '#c2410c', side: 'south' },
  { id: 'valdoria', name: 'Valdoria', kind: 'state', color: '#a16207', side: 'valdoria' },
  {
    id: 'free-valdorian-brigade',
    name: 'Free Valdorian Brigade',
    kind: 'armed-force',
    color: '#7e22ce',
    side: 'valdoria',
  },
  { id: 'mara-kessel', name: 'Mara Kessel', kind: 'person', color: '#15803d', side: 'north' },
  { id: 'ivo-draganov', name: 'Ivo Draganov', kind: 'person', color: '#9f1239', side: 'south' },
  {
    id: 'continental-relief-council',
    name: 'Continental Relief Council',
    kind: 'organization',
    side: 'neutral',
  },
  { id: 'estmere', name: 'Estmere', kind: 'state', color: '#4338ca', side: 'neutral' },
  { id: 'lena-ostrova', name: 'Lena Ostrova', kind: 'person', side: 'valdoria' },
  { id: 'monitoring-mission', name: 'Monitoring Mission to Valdoria', kind: 'organization', side: 'neutral' },
  { id: 'united-assembly', name: 'United Assembly', kind: 'organization', side: 'neutral' },
  { id: 'tomas-brevik', name: 'Tomas Brevik', kind: 'person', side: 'neutral' },
];
const FIGHTING: readonly Category[] = ['attack', 'military'];

const PLACES = [
  'Port Harlow',
  'Kessin',
  'Veldra',
  'Marov Heights',
  'Brannock',
  'Ostrel',
  'Dunmere',
  'Sarnow',
  'Gildas Crossing',
  'Tarrow Valley',
  'New Aldin',
  'Irvest',
  'Coldwater Bridge',
  'Ravensk',
  'Pellin',
  'Zarech',
  'Wyeford',
  'Murin Pass',
  'Calder Bay',
  'Fennick',
];
const REGIONS = ['Eastern Valdoria', 'the Northland border zone', 'Southmark', 'the coastal province'];

type Category =
  'attack' | 'military' | 'politics' | 'diplomacy' | 'aid' | 'policy' | 'protest' | 'displacement';

const CATEGORY_WEIGHTS: readonly (readonly [Category, number])[] = [
  ['attack', 30],
  ['military', 20],
  ['politics', 10],
  ['diplomacy', 10],
  ['aid', 8],
  ['policy', 8],
  ['protest', 8],
  ['displacement', 6],
];

/** In a burst, fighting dominates. */
const BURST_CATEGORY_WEIGHTS: readonly (readonly [Category, number])[] = [
  ['attack', 55],
  ['military', 25],
  ['displacement', 8],
  ['aid', 5],
  ['diplomacy', 4],
  ['politics', 3],
];

/** Who takes part in each kind of event, and in what role: [actor kinds of the first, role of the first, role of the second]. */
const ROLES: Record<Category, readonly [readonly RawActor['kind'][], string, string]> = {
  attack: [['armed-force', 'state'], 'attacker', 'target'],
  military: [['armed-force', 'state'], 'deploys', 'opposing force'],
  politics: [['person', 'state'], 'speaker', 'addressed'],
  diplomacy: [['state', 'person', 'organization'], 'negotiator', 'counterpart'],
  aid: [['organization', 'state'], 'donor', 'recipient'],
  policy: [['state', 'person'], 'decides', 'affected'],
  protest: [['state', 'person'], 'target of protest', 'mentioned'],
  displacement: [['organization', 'state'], 'receives displaced people', 'responsible'],
};

type Template = (words: Words) => string;

interface Words {
  readonly actor: string;
  readonly other: string;
  readonly place: string;
  readonly region: string;
  readonly n: number;
  readonly count: number;
}

const TITLES: Record<Category, readonly Template[]> = {
  attack: [
    (w) => `Shelling hits ${w.place}`,
    (w) => `Drone strike reported near ${w.place}`,
    (w) => `${w.actor} strikes positions outside ${w.place}`,
    (w) => `Missile attack on the rail depot at ${w.place}`,
    (w) => `Artillery exchange along the road to ${w.place}`,
  ],
  military: [
    (w) => `${w.actor} moves armour towards ${w.place}`,
    (w) => `Troops reinforced around ${w.place}`,
    (w) => `Checkpoints set up on the approaches to ${w.place}`,
    (w) => `${w.actor} rotates units in ${w.region}`,
  ],
  politics: [
    (w) => `${w.actor} speaks on the conflict`,
    (w) => `Opposition rally in ${w.place}`,
    (w) => `${w.actor} calls for early elections`,
  ],
  diplomacy: [
    (w) => `Talks between ${w.actor} and ${w.other}`,
    (w) => `${w.actor} recalls its envoy`,
    (w) => `Ceasefire proposal tabled in ${w.place}`,
  ],
  aid: [
    (w) => `${w.actor} pledges aid to ${w.other}`,
    (w) => `Relief convoy reaches ${w.place}`,
    (w) => `Food distribution in ${w.place}`,
  ],
  policy: [
    (w) => `${w.actor} extends sanctions`,
    (w) => `${w.actor} eases export limits`,
    (w) => `Curfew imposed in ${w.place}`,
  ],
  protest: [(w) => `Protest in ${w.place} against the war`, (w) => `Dock workers strike in ${w.place}`],
  displacement: [
    (w) => `Families leave ${w.place}`,
    (w) => `Shelter opens for displaced people in ${w.place}`,
  ],
};

const SUMMARIES: Record<Category, readonly Template[]> = {
  attack: [
    (w) =>
      `Strikes damaged homes and a power substation in ${w.place}. Local officials reported ${w.count} injured.`,
    (w) => `${w.actor} shelled positions near ${w.place}; the damage could not be verified independently.`,
    (w) => `A strike hit infrastructure in ${w.place}, in ${w.region}.`,
  ],
  military: [
    (w) => `${w.actor} moved about ${w.count * 100} troops and armoured vehicles towards ${w.place}.`,
    (w) => `Reinforcements arrived in ${w.region}, according to the report.`,
  ],
  politics: [
    (w) => `${w.actor} made a public statement about the conflict and its cost.`,
    (w) => `Several thousand people gathered in ${w.place} for a political rally.`,
  ],
  diplomacy: [
    (w) => `Representatives of ${w.actor} and ${w.other} met; no agreement was announced.`,
    (w) => `A proposal for a local ceasefire around ${w.place} was put forward.`,
  ],
  aid: [
    (w) => `${w.actor} announced support for ${w.other}, including food and medical supplies.`,
    (w) => `A convoy of ${w.count} trucks delivered supplies to ${w.place}.`,
  ],
  policy: [
    (w) => `${w.actor} changed the rules on trade and movement affecting ${w.other}.`,
    (w) => `Authorities restricted movement in ${w.place} at night.`,
  ],
  protest: [(w) => `Residents of ${w.place} protested against the war and its effect on prices.`],
  displacement: [
    (w) => `About ${w.count * 50} people left ${w.place} after days of fighting nearby.`,
    (w) => `Aid groups opened shelters for people displaced from ${w.region}.`,
  ],
};

/*
 * The sentence an event quotes. Each contains "incident <n>" exactly once, followed by a non-digit, and no
 * other sentence of any source contains "incident " followed by a digit, so each is unique in its source.
 * Some carry quoted speech, with curly or straight quotation marks, as real reporting does.
 */
const QUOTED: Record<Category, readonly Template[]> = {
  attack: [
    (w) =>
      `Monitors recorded incident ${w.n} in ${w.place}, where shells struck apartment blocks before dawn.`,
    (w) =>
      `“We heard ${w.count} explosions and then the lights went out,” a resident of ${w.place} said of incident ${w.n}.`,
    (w) => `In what the mission logged as incident ${w.n}, a drone hit the rail depot at ${w.place}.`,
    (w) =>
      `"The strike came without warning," a spokesperson for ${w.other} said, referring to incident ${w.n} near ${w.place}.`,
  ],
  military: [
    (w) => `Observers counted ${w.count * 10} armoured vehicles moving towards ${w.place} (incident ${w.n}).`,
    (w) => `Incident ${w.n}: ${w.actor} set up new checkpoints on the roads around ${w.place}.`,
  ],
  politics: [
    (w) =>
      `“This war has cost us too much,” ${w.actor} told a crowd in ${w.place}, in remarks filed as incident ${w.n}.`,
    (w) => `Incident ${w.n} was a rally of several thousand people in ${w.place}.`,
  ],
  diplomacy: [
    (w) => `Delegations of ${w.actor} and ${w.other} met in ${w.place}, the report on incident ${w.n} says.`,
    (w) => `"We are ready to talk," an envoy of ${w.actor} said in ${w.place} (incident ${w.n}).`,
  ],
  aid: [
    (w) => `A convoy of ${w.count} trucks from ${w.actor} reached ${w.place}, recorded as incident ${w.n}.`,
    (w) => `“The food will last two weeks,” an aid worker in ${w.place} said of incident ${w.n}.`,
  ],
  policy: [
    (w) => `Under the measure logged as incident ${w.n}, ${w.actor} extended its restrictions on ${w.other}.`,
    (w) => `Incident ${w.n} was a night curfew imposed in ${w.place}.`,
  ],
  protest: [
    (w) => `Hundreds marched through ${w.place} chanting “Bring them home” (incident ${w.n}).`,
    (w) => `Dock workers in ${w.place} stopped work for a day, the mission noted as incident ${w.n}.`,
  ],
  displacement: [
    (w) => `About ${w.count * 50} people left ${w.place} by bus, recorded as incident ${w.n}.`,
    (w) => `“We took only our documents,” a woman from ${w.place} said of incident ${w.n}.`,
  ],
};

/** Sentences between quoted ones; never quoted, so they may repeat. They contain no "incident <digit>". */
const FILLER = [
  'Independent verification was not possible.',
  'Officials did not respond to requests for comment.',
  'The situation along the front line remained tense.',
  'Power was restored to parts of the area by evening.',
  '“We are still counting the damage,” a local official said.',
  'Schools in the area stayed closed.',
  'Mobile networks were down for several hours.',
  'Prices of bread and fuel rose again this week.',
];

const PUBLISHERS = [
  'Valdoria Conflict Monitor',
  'Northland Broadcasting',
  'Regional Observer',
  'Continental Press Agency',
  'Frontline Relief Bulletin',
];

const ATTRIBUTIONS = [
  'according to local officials',
  'according to the monitoring mission',
  'confirmed by two independent sources',
  'according to residents',
  'according to a military spokesperson',
];

const RELATIONS: readonly (readonly [RelationKind, number])[] = [
  ['follows', 4],
  ['responds-to', 3],
  ['caused-by', 2],
  ['context', 2],
  ['background', 1],
  ['goes-further-than', 1],
  ['contrasts-with', 1],
];

// ---------------------------------------------------------------------------------------------------------
// Dates

/** Midnight of the last day of the month holding `day`. */
const monthEnd = (day: number) => startOfNextUnit(startOfUnit(day, 'month'), 'month') - DAY_MS;

interface Burst {
  readonly start: number;
  readonly days: number;
  readonly weight: number;
  readonly places: readonly string[];
  readonly attacker: ActorSpec;
  readonly target: ActorSpec;
}

interface DatedEvent {
  readonly day: number;
  readonly burst?: Burst;
}

/** Draws the day of every event: a few weeks-long bursts, ordinary months, and quiet months. */
function drawDays(random: Random, count: number): DatedEvent[] {
  const forces = ACTORS.filter((actor) => actor.kind === 'armed-force');
  const burstCount = random.int(5, 7);
  const bursts: Burst[] = Array.from({ length: burstCount }, () => {
    const attacker = random.pick(forces);
    return {
      start: random.int(0, SPAN_DAYS - 60),
      days: random.int(14, 42),
      weight: 0.5 + random.next(),
      places: [random.pick(PLACES), random.pick(PLACES), random.pick(PLACES)],
      attacker,
      target: random.pick(
        ACTORS.filter(
          (actor) => actor.side !== attacker.side && actor.side !== 'neutral' && actor.kind !== 'person',
        ),
      ),
    };
  });
  // Months: most ordinary, some busier, about one in six nearly empty.
  const monthWeights = Array.from({ length: 72 }, () =>
    random.chance(0.17) ? 0.03 : 0.4 + random.next() * 1.2,
  );
  // Running total of the day weights, to draw a day by binary search.
  const cumulative: number[] = [];
  let total = 0;
  for (let day = 0; day < SPAN_DAYS; day += 1) {
    const { year, month } = utcParts(FIRST_DAY + day * DAY_MS);
    total += monthWeights[(year - FIRST_YEAR) * 12 + month - 1] ?? 1;
    cumulative.push(total);
  }
  const ordinaryDay = () => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) <= target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const burstWeights = bursts.map((burst) => [burst, burst.weight * burst.days] as const);
  return Array.from({ length: count }, (): DatedEvent => {
    if (random.chance(BURST_SHARE)) {
      const burst = random.weighted(burstWeights);
      // Triangular: the fighting builds up to a peak and ebbs.
      const offset = Math.floor(((random.next() + random.next()) / 2) * burst.days);
      return { day: FIRST_DAY + (burst.start + offset) * DAY_MS, burst };
    }
    return { day: FIRST_DAY + ordinaryDay() * DAY_MS };
  });
}

interface DateChoice {
  readonly edtf: string;
  readonly basis: string;
  /** Last day the date covers (or the day of the report, for an open end), for the source's publication. */
  readonly lastDay: number;
}

function chooseDate(random: Random, day: number): DateChoice {
  const roll = random.next();
  if (roll < 0.76)
    return {
      edtf: formatUtc(day, 'isoDay'),
      basis: `The report dates it to ${formatUtc(day, 'date')}.`,
      lastDay: day,
    };
  if (roll < 0.84) {
    return {
      edtf: formatUtc(day, 'isoMonth'),
      basis: `The report says it happened in ${formatUtc(day, 'monthYear')} and gives no day.`,
      lastDay: monthEnd(day),
    };
  }
  if (roll < 0.9) {
    if (random.chance(0.2)) {
      const endMonth = addUtcMonths(startOfUnit(day, 'month'), random.int(1, 3));
      return {
        edtf: `${formatUtc(day, 'isoMonth')}/${formatUtc(endMonth, 'isoMonth')}`,
        basis: `The report says it went on from ${formatUtc(day, 'monthYear')} to ${formatUtc(endMonth, 'monthYear')}.`,
        lastDay: monthEnd(endMonth),
      };
    }
    const end = day + random.int(1, 21) * DAY_MS;
    return {
      edtf: `${formatUtc(day, 'isoDay')}/${formatUtc(end, 'isoDay')}`,
      basis: `The report says it lasted from ${formatUtc(day, 'date')} to ${formatUtc(end, 'date')}.`,
      lastDay: end,
    };
  }
  if (roll < 0.965) {
    const mark = roll < 0.93 ? '~' : roll < 0.955 ? '?' : '%';
    const words = { '~': 'approximately', '?': 'uncertainly', '%': 'approximately and uncertainly' }[mark];
    if (random.chance(0.5)) {
      return {
        edtf: `${formatUtc(day, 'isoDay')}${mark}`,
        basis: `The report gives ${formatUtc(day, 'date')} ${words}.`,
        lastDay: day,
      };
    }
    return {
      edtf: `${formatUtc(day, 'isoMonth')}${mark}`,
      basis: `The report gives ${formatUtc(day, 'monthYear')} ${words}, without a day.`,
      lastDay: monthEnd(day),
    };
  }
  if (roll < 0.97) {
    const { year } = utcParts(day);
    return {
      edtf: String(year),
      basis: `The report says only that it happened in ${year}.`,
      lastDay: utcInstant(year, 12, 31),
    };
  }
  if (roll < 0.99) {
    return {
      edtf: `../${formatUtc(day, 'isoDay')}`,
      basis: `The report of ${formatUtc(day, 'date')} says it had already happened and gives no start date.`,
      lastDay: day,
    };
  }
  return {
    edtf: `${formatUtc(day, 'isoDay')}/..`,
    basis: `The report says it began on ${formatUtc(day, 'date')} and was still going on.`,
    lastDay: day,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Assembly

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

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
  const drafts: Draft[] = days.map(({ day, burst }, index): Draft => {
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
  });

  // Related events: a few percent point back at a recent event.
  drafts.forEach((draft, index) => {
    if (index === 0 || !random.chance(0.03)) return;
    const target = drafts[Math.max(0, index - random.int(1, 50))];
    if (!target) return;
    draft.event.related = [{ event: target.event.id, relation: random.weighted(RELATIONS) }];
  });

  // Sources: consecutive runs of events, each written up as one report published after its last event.
  const sources: RawSource[] = [];
  for (let part = 0; part < sourceCount; part += 1) {
    const first = Math.floor((part * count) / sourceCount);
    const end = Math.floor(((part + 1) * count) / sourceCount);
    const group = drafts.slice(first, end);
    const firstDay = group[0]?.day ?? FIRST_DAY;
    const lastDay = group.reduce((latest, draft) => Math.max(latest, draft.lastDay), -Infinity);
    const publisher = random.pick(PUBLISHERS);
    const id = `${slugify(publisher)}-report-${part + 1}`;
    const published = lastDay + random.int(1, 3) * DAY_MS;

    // Paragraphs of two to five quoted sentences and now and then a filler sentence.
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
    const heading = `${publisher}: report ${part + 1}, covering events from ${formatUtc(firstDay, 'date')}.`;
    const text = [heading, ...paragraphs].join('\n\n');

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
    sources.push({
      id,
      title: `${publisher} report ${part + 1} (${formatUtc(published, 'isoDay').slice(0, 4)})`,
      publisher,
      url: `https://example.org/synthetic/${slugify(publisher)}/report-${part + 1}`,
      published: formatUtc(published, 'isoDay'),
      publishedBasis: 'Synthetic: the report is dated a few days after the last event it describes.',
      text,
    });
  }

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

// ---------------------------------------------------------------------------------------------------------
// Command line

const USAGE =
  'usage: npm run gen:synthetic -- --events N [--seed S] [--out path] [--sources N] [--validate]\n' +
  '  --events N    number of events (required)\n' +
  '  --seed S      integer seed (default 1); the same seed gives the same file\n' +
  '  --out path    output file (default bench/data/synthetic-N.json)\n' +
  `  --sources N   number of sources (default max(${MIN_SOURCES}, events / ${EVENTS_PER_SOURCE}))\n` +
  "  --validate    also check the result with the app's validator and fail on any problem";

interface CliOptions extends SyntheticOptions {
  readonly out: string;
  readonly validate: boolean;
}

export function parseArgs(args: readonly string[], root: string): CliOptions | string {
  const values = new Map<string, string>();
  let validate = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--validate') {
      validate = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') return USAGE;
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    const inline = equals === -1 ? undefined : arg.slice(equals + 1);
    if (!['--events', '--seed', '--out', '--sources'].includes(name))
      return `unknown option ${arg}\n${USAGE}`;
    const value = inline ?? args[(index += 1)];
    if (value === undefined) return `${name} needs a value\n${USAGE}`;
    values.set(name, value);
  }
  const integer = (name: string, fallback?: number): number | string => {
    const text = values.get(name);
    if (text === undefined) return fallback ?? `${name} is required\n${USAGE}`;
    const value = Number(text.replace(/[_,]/g, ''));
    return Number.isSafeInteger(value) ? value : `${name} must be an integer, not "${text}"`;
  };
  const events = integer('--events');
  const seed = integer('--seed', 1);
  const sources = values.has('--sources') ? integer('--sources') : undefined;
  if (typeof events === 'string') return events;
  if (typeof seed === 'string') return seed;
  if (typeof sources === 'string') return sources;
  if (events < 1 || events > 5_000_000) return '--events must be between 1 and 5,000,000';
  if (sources !== undefined && sources < 1) return '--sources must be at least 1';
  const out = resolve(root, values.get('--out') ?? `bench/data/synthetic-${events}.json`);
  return { events, seed, out, validate, ...(sources !== undefined && { sources }) };
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const options = parseArgs(process.argv.slice(2), process.cwd());
  if (typeof options === 'string') {
    const help = options === USAGE;
    (help ? console.log : console.error)(options);
    process.exit(help ? 0 : 2);
  }
  const started = performance.now();
  const dataset = generateSynthetic(options);
  const json = serializeDataset(dataset);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, json);
  const seconds = (performance.now() - started) / 1000;
  const megabytes = Buffer.byteLength(json) / 1e6;
  const shown = relative(root, options.out).startsWith('..') ? options.out : relative(root, options.out);
  console.log(
    `wrote ${shown}: ${dataset.events.length.toLocaleString('en-US')} events, ${dataset.sources.length} sources, ` +
      `${dataset.actors.length} actors, ${megabytes.toFixed(1)} MB in ${seconds.toFixed(1)} s (seed ${options.seed})`,
  );
  if (options.validate) {
    const checkStarted = performance.now();
    const result = validateDataset(JSON.parse(json));
    const checkSeconds = (performance.now() - checkStarted) / 1000;
    if (result.problems.length > 0) {
      console.error(`validation: ${result.problems.length} problem(s), e.g.`);
      for (const problem of result.problems.slice(0, 10))
        console.error(`  ${problem.path}: ${problem.message}`);
      process.exit(1);
    }
    console.log(`validation: no problems (${checkSeconds.toFixed(1)} s)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
