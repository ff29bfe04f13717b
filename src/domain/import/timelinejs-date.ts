import { daysInMonth } from '../calendar';
import { edtfText } from '../edtf';
import { isPlainObject } from '../plain-object';
import type { Problem, TimeOfDay } from '../types';
import { htmlToText } from './text';

/*
 * A TimelineJS date (`{ "year": -300, "month": 5, "day": 1, "hour": 14, "minute": 5, "display_date": ... }`) as
 * EDTF, at the precision it gives. Years may be negative (TimelineJS's BCE years: its `-300` is JavaScript's
 * year -300, which EDTF writes `-0300`) or beyond four digits (its cosmological scale: `Y-13800000000`, the year
 * only). A part that cannot be read is left out with what depends on it, and the date kept at the precision that
 * is left (a day 30 of February gives the month); only a date without a year is lost.
 */

type Json = Record<string, unknown>;

export interface ReadDate {
  readonly text: string;
  readonly year: number;
  /** The `display_date` TimelineJS shows instead of the date, where the file gives one. */
  readonly display?: string;
}

const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
type Part = (typeof PARTS)[number];

/** Where a part of the date is named in the report: `events[3].start_date.month`, or the date's own path. */
export type PartPath = (part: Part) => string;

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 20 ? `${value.slice(0, 19)}…` : value}"`;
  return isPlainObject(value) ? 'an object' : Array.isArray(value) ? 'a list' : String(value);
}

/** A part: a whole number, or a string of one; undefined where absent or empty, NaN where unreadable. */
function number(date: Json, part: Part): number | undefined {
  const value = Object.hasOwn(date, part) ? date[part] : undefined;
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    return undefined;
  const parsed = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  return Number.isSafeInteger(parsed) ? parsed : NaN;
}

const LIMITS: Readonly<Record<Exclude<Part, 'year'>, readonly [number, number]>> = {
  month: [1, 12],
  day: [1, 31],
  hour: [0, 23],
  minute: [0, 59],
  second: [0, 59],
};

const LEFT_OUT: Readonly<Record<Exclude<Part, 'year'>, string>> = {
  month: 'the month and day are left out',
  day: 'the day is left out',
  hour: 'the time of day is left out',
  minute: 'the time of day is left out',
  second: 'the time of day is left out',
};

/** Why a part (other than the year) cannot be read, given the parts before it; undefined where it can. */
function partProblem(
  part: Exclude<Part, 'year'>,
  value: number,
  raw: unknown,
  values: ReadonlyMap<Part, number>,
) {
  if (Number.isNaN(value)) return `${describe(raw)} is not a whole number`;
  const before = PARTS[PARTS.indexOf(part) - 1]!;
  if (!values.has(before)) return `is given without a ${before}`;
  const [low, high] = LIMITS[part];
  const max = part === 'day' ? daysInMonth(values.get('year')!, values.get('month')!) : high;
  return value < low || value > max ? `${value} is not ${low} to ${max}` : undefined;
}

/** Reads the date; problems name its parts. Undefined where it has no year. */
export function readTimelineDate(date: Json, path: PartPath, problems: Problem[]): ReadDate | undefined {
  const year = number(date, 'year');
  if (year === undefined || Number.isNaN(year)) {
    const why = year === undefined ? 'is missing' : `${describe(date.year)} is not a whole number`;
    problems.push({ path: path('year'), message: why, effect: 'dropped' });
    return undefined;
  }
  const values = new Map<Part, number>([['year', year]]);
  for (const part of PARTS.slice(1) as Exclude<Part, 'year'>[]) {
    const value = number(date, part);
    if (value === undefined) continue;
    const problem = partProblem(part, value, date[part], values);
    if (problem) {
      problems.push({ path: path(part), message: `${problem}; ${LEFT_OUT[part]}`, effect: 'repaired' });
      // A time of day is whole or not at all.
      if (part === 'minute' || part === 'second')
        ['hour', 'minute'].forEach((key) => values.delete(key as Part));
      break;
    }
    values.set(part, value);
  }
  const display = Object.hasOwn(date, 'display_date') ? date.display_date : undefined;
  const shown = typeof display === 'string' ? htmlToText(display) : '';
  return { text: edtfOf(year, values, path, problems), year, ...(shown !== '' && { display: shown }) };
}

function edtfOf(
  year: number,
  values: ReadonlyMap<Part, number>,
  path: PartPath,
  problems: Problem[],
): string {
  const month = values.get('month');
  if (Math.abs(year) > 9999 && month !== undefined) {
    problems.push({
      path: path('month'),
      message: 'is left out: a year beyond 9999 either way is kept as a year only',
      effect: 'repaired',
    });
    return edtfText(year);
  }
  const day = values.get('day');
  const hour = values.get('hour');
  const time: TimeOfDay | undefined =
    day !== undefined && hour !== undefined
      ? { hour, minute: values.get('minute') ?? 0, second: values.get('second') ?? 0 }
      : undefined;
  return edtfText(year, month, day, time);
}
