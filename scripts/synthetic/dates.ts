/*
 * When synthetic events happen: a few weeks-long bursts of fighting, ordinary months and quiet ones, over about
 * six years; and the EDTF date each event is given, at every precision the contract allows.
 */
import {
  addUtcMonths,
  DAY_MS,
  formatUtc,
  startOfNextUnit,
  startOfUnit,
  utcInstant,
  utcParts,
} from '../../src/domain/calendar';
import type { Random } from './random';
import { ACTORS, PLACES, type ActorSpec } from './world';

const FIRST_YEAR = 2019;
/** Events fall between these days (UTC), about six years. */
export const FIRST_DAY = utcInstant(FIRST_YEAR);
const LAST_DAY = utcInstant(2024, 12, 31);
const SPAN_DAYS = Math.round((LAST_DAY - FIRST_DAY) / DAY_MS) + 1;
/** Share of events that fall in a burst. */
const BURST_SHARE = 0.55;

/** Midnight of the last day of the month holding `day`. */
const monthEnd = (day: number) => startOfNextUnit(startOfUnit(day, 'month'), 'month') - DAY_MS;

export interface Burst {
  readonly start: number;
  readonly days: number;
  readonly weight: number;
  readonly places: readonly string[];
  readonly attacker: ActorSpec;
  readonly target: ActorSpec;
}

export interface DatedEvent {
  readonly day: number;
  readonly burst?: Burst;
}

/** Draws the day of every event: a few weeks-long bursts, ordinary months, and quiet months. */
export function drawDays(random: Random, count: number): DatedEvent[] {
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

export function chooseDate(random: Random, day: number): DateChoice {
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
