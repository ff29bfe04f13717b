// The mini class: the full one builds three Intl formatters as its module loads (a quarter of the page's start-up
// script on a phone) for toString(), which this calendar never calls.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import {
  addMonths,
  format,
  getDaysInMonth,
  startOfDay,
  startOfDecade,
  startOfISOWeek,
  startOfMonth,
  startOfQuarter,
  startOfYear,
  type Locale,
  type Month,
} from 'date-fns';
import { millisecondsInDay, millisecondsInWeek } from 'date-fns/constants';
import { enGB } from 'date-fns/locale/en-GB';

/** date-fns' `in` option: every calculation in UTC, whatever the reader's time zone. */
const utc = (value: Date | number | string) => new UTCDateMini(value);

/*
 * The calendar: every date in the app is a day of the proleptic Gregorian calendar in UTC, so a reader in New
 * York never sees "Saturday 16 November" for a Sunday. Instants are ms since the epoch. Years are
 * astronomical (year 0 is 1 BC, -1 is 2 BC) and any number of digits: nothing here assumes a positive
 * four-digit year except the URL's day form, whose contract limits it to years 1 to 9999.
 */

export const DAY_MS = millisecondsInDay;
export const WEEK_MS = millisecondsInWeek;

/**
 * The furthest instant from the epoch a browser's Date holds, either way (100,000,000 days: from April
 * 271,822 BC to September AD 275,760). Dates beyond it cannot be drawn or worded as days.
 */
export const DATE_LIMIT_MS = 8.64e15;
/** The mean Gregorian year, for placing years beyond the browser's dates in order. */
const MEAN_YEAR_MS = 365.2425 * DAY_MS;

/** True for an instant a browser's Date holds. */
export function isDateInstant(instant: number): boolean {
  return Math.abs(instant) <= DATE_LIMIT_MS;
}

/**
 * UTC midnight at the start of `day` of `month` (1-12) of `year`. Months and days out of range roll over, so
 * day + 1 is the next day and month 13 is January of the next year.
 */
export function utcInstant(year: number, month = 1, day = 1): number {
  const date = new UTCDateMini(0);
  // setFullYear keeps years 0-99 literal, where the Date constructor (and Date.UTC) read them as 1900-1999;
  // date-fns' `set` does the same ten times slower, and EDTF parsing runs this for every event of a file.
  date.setFullYear(year, month - 1, day);
  return date.getTime();
}

/**
 * Where `year` starts, for any year: UTC midnight of 1 January within the browser's dates, and beyond them a
 * point on the same scale at the mean length of a year, so that such years still sort among the others.
 */
export function yearInstant(year: number): number {
  const exact = utcInstant(year);
  return Number.isNaN(exact) ? (year - 1970) * MEAN_YEAR_MS : exact;
}

/** Milliseconds from midnight to a time of day. */
export function timeOfDayMs(hour: number, minute: number, second: number): number {
  return ((hour * 60 + minute) * 60 + second) * 1000;
}

export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(utcInstant(year, month), { in: utc });
}

/** The calendar day holding an instant: year, month (1-12) and day of the month. */
export function utcParts(instant: number): { year: number; month: number; day: number } {
  const date = new UTCDateMini(instant);
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

export function addUtcMonths(instant: number, months: number): number {
  return addMonths(instant, months, { in: utc }).getTime();
}

// ---------------------------------------------------------------------------------------------------------
// Units: days, weeks from Monday (ISO), months, quarters from January, years, decades from a year ending in 0

export const CALENDAR_UNITS = ['day', 'week', 'month', 'quarter', 'year', 'decade'] as const;
export type CalendarUnit = (typeof CALENDAR_UNITS)[number];

const START_OF: Record<CalendarUnit, (instant: number, options: { in: typeof utc }) => Date> = {
  day: startOfDay,
  week: startOfISOWeek,
  month: startOfMonth,
  quarter: startOfQuarter,
  year: startOfYear,
  decade: startOfDecade,
};

const MONTHS_PER = { month: 1, quarter: 3, year: 12, decade: 120 } as const;

/** The start of the day, week, ... holding `instant`. */
export function startOfUnit(instant: number, unit: CalendarUnit): number {
  return START_OF[unit](instant, { in: utc }).getTime();
}

/** The start of the unit after the one that starts at `start`. */
export function startOfNextUnit(start: number, unit: CalendarUnit): number {
  if (unit === 'day') return start + DAY_MS;
  if (unit === 'week') return start + WEEK_MS;
  return addUtcMonths(start, MONTHS_PER[unit]);
}

// ---------------------------------------------------------------------------------------------------------
// Wording

/*
 * British English, as the browser's en-GB says it: date-fns' en-GB locale but for September, which CLDR's
 * en-GB shortens to "Sept" and date-fns to "Sep".
 */
const SEPTEMBER = 8;
const BRITISH: Locale = {
  ...enGB,
  localize: {
    ...enGB.localize,
    month: (month, options) =>
      month === SEPTEMBER && options?.width === 'abbreviated' ? 'Sept' : enGB.localize.month(month, options),
  },
};

/*
 * `u` is the astronomical year without padding: "2024", "999". Readers count years before year 1 by era, so
 * the forms for people write those as `y G` (see `formatUtc`): the astronomical year -44 is "45 BC".
 */
const FORMS = {
  /** "Sunday 17 November 2024" */
  weekdayDate: 'EEEE d MMMM u',
  /** "17 November 2024" */
  date: 'd MMMM u',
  /** "17 November" */
  dayMonth: 'd MMMM',
  /** "November 2024" */
  monthYear: 'MMMM u',
  /** "November" */
  month: 'MMMM',
  /** "3 Jun 2024" */
  shortDate: 'd MMM u',
  /** "Jun 2024" */
  shortMonthYear: 'MMM u',
  /** "2024" */
  year: 'u',
  /** "2024-06-03", "0099-06-03", "-0044-03-15" */
  isoDay: 'uuuu-MM-dd',
  /** "2024-06", "-0044-03" */
  isoMonth: 'uuuu-MM',
  /** "14:05" */
  time: 'HH:mm',
  /** "14:05:09" */
  timeWithSeconds: 'HH:mm:ss',
} as const;
export type CalendarForm = keyof typeof FORMS;

const YEAR_ONE = utcInstant(1);

/** The forms for machines (file names, URLs, exports), which keep astronomical years: "-0044-03-15". */
const MACHINE_FORMS: ReadonlySet<CalendarForm> = new Set(['isoDay', 'isoMonth']);

/** The calendar day (UTC) holding `instant`, in one of the forms above: "15 March 2024", "15 March 45 BC". */
export function formatUtc(instant: number, form: CalendarForm): string {
  const pattern = FORMS[form];
  const byEra = instant < YEAR_ONE && !MACHINE_FORMS.has(form);
  return format(instant, byEra ? pattern.replace(/\bu\b/, 'y G') : pattern, { in: utc, locale: BRITISH });
}

/**
 * A year as the calendar words it for people, for any year, also beyond the browser's dates: "2024", "45 BC"
 * (the astronomical year -44), "13800000001 BC". The same as `formatUtc(instant, 'year')` wherever that can be asked.
 */
export function formatYear(year: number): string {
  return year < 1 ? `${1 - year} BC` : String(year);
}

/** A moment on this device's clock, for people: "3 Jun 2024, 14:05". Local time, unlike the calendar days above. */
export function formatLocalMoment(instant: number): string {
  return format(instant, 'd MMM u, HH:mm', { locale: BRITISH });
}

/** Each month as English writes it: its full name, its short name ("sept") and its first three letters. */
const MONTH_NAMES = Array.from({ length: 12 }, (_, index) => {
  const month = index as Month;
  const full = BRITISH.localize.month(month, { width: 'wide' }).toLowerCase();
  const short = BRITISH.localize.month(month, { width: 'abbreviated' }).toLowerCase();
  return new Set([full, short, full.slice(0, 3)]);
});

/** 1-12 for an English month name, full or short, in any case ("November", "nov", "Sept", "Sep"). */
export function monthFromName(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.findIndex((names) => names.has(lower));
  return index === -1 ? undefined : index + 1;
}

// ---------------------------------------------------------------------------------------------------------
// URL days: `YYYY-MM-DD`, years 1 to 9999

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DAY_YEARS = { min: 1, max: 9999 } as const;

/** `YYYY-MM-DD` that names a real calendar day in years 1 to 9999, as UTC midnight; undefined otherwise. */
export function parseIsoDay(text: string): number | undefined {
  const match = ISO_DAY.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < ISO_DAY_YEARS.min || year > ISO_DAY_YEARS.max || month < 1 || month > 12) return undefined;
  return day >= 1 && day <= daysInMonth(year, month) ? utcInstant(year, month, day) : undefined;
}

/** The calendar day holding `instant` as `YYYY-MM-DD`; undefined outside years 1 to 9999. */
export function formatIsoDay(instant: number): string | undefined {
  const { year } = utcParts(instant);
  // An invalid instant (NaN, beyond ±8.64e15) has a NaN year and fails both tests.
  if (!(year >= ISO_DAY_YEARS.min && year <= ISO_DAY_YEARS.max)) return undefined;
  return formatUtc(instant, 'isoDay');
}
