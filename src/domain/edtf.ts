import { daysInMonth, timeOfDayMs, utcInstant, yearInstant } from './calendar';
import type { EdtfDate, EdtfOpenEnd, EdtfPoint, Precision, TimeOfDay } from './types';

/*
 * A tight parser for the EDTF (ISO 8601-2) subset the dataset contract allows: `YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD`, each with an optional `~` (approximate), `?` (uncertain) or `%` (both) qualifier; years before
 * year 1 as negative astronomical years (`-0300`, year 0 is 1 BC) and years of more than four digits with
 * EDTF's `Y` prefix (`Y-170000`, the year only); date-times `YYYY-MM-DDThh:mm:ss`, optionally `Z` (UTC), without
 * a qualifier; and intervals of two such dates whose ends may be open (`..`) or unknown (empty). The `edtf`
 * package covers far more (seasons, sets, unspecified digits) but brings a nearley grammar into the initial
 * bundle for features the contract does not accept anyway.
 */

export type EdtfResult = { ok: true; value: EdtfDate } | { ok: false; error: string };

const POINT_PATTERN =
  /^(-?\d{4}|Y-?\d{5,12})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z)?)?)?)?([~?%])?$/;
const MAX_LENGTH = 64;
const FORMS = 'YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by ~, ? or %), or YYYY-MM-DDThh:mm:ss';

function pointRange(year: number, month?: number, day?: number, time?: TimeOfDay) {
  if (month === undefined) return { earliest: yearInstant(year), latest: yearInstant(year + 1) };
  if (day === undefined) return { earliest: utcInstant(year, month), latest: utcInstant(year, month + 1) };
  if (time === undefined)
    return { earliest: utcInstant(year, month, day), latest: utcInstant(year, month, day + 1) };
  const instant = utcInstant(year, month, day) + timeOfDayMs(time.hour, time.minute, time.second);
  return { earliest: instant, latest: instant + 1000 };
}

function optionalNumber(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

/** What is wrong with a time of day, or undefined. */
function timeError(text: string, { hour, minute, second }: TimeOfDay): string | undefined {
  if (hour > 23) return `"${text}" has hour ${hour}, not 00 to 23`;
  if (minute > 59) return `"${text}" has minute ${minute}, not 00 to 59`;
  if (second > 59) return `"${text}" has second ${second}, not 00 to 59`;
  return undefined;
}

function parsePoint(text: string): EdtfPoint | string {
  const match = POINT_PATTERN.exec(text);
  if (!match) return `"${text}" is not a date of the form ${FORMS}`;
  const [, yearText = '', monthText, dayText, hourText, minuteText, secondText, zone, qualifier] = match;
  const year = Number(yearText.replace('Y', ''));
  if (yearText === '-0000') return `"${text}": year 0 is written 0000`;
  if (yearText.startsWith('Y') && monthText !== undefined)
    return `"${text}": a year written with Y is a year only, without a month or day`;
  if (hourText !== undefined && qualifier !== undefined)
    return `"${text}": a date with a time of day cannot be approximate or uncertain`;
  const month = optionalNumber(monthText);
  const day = optionalNumber(dayText);
  if (month !== undefined && (month < 1 || month > 12))
    return `"${text}" has month ${monthText}, not 01 to 12`;
  // Every month has at least 28 days: only a later day is looked up in the calendar, so a file of 100,000
  // dates asks it about one date in twelve.
  if (month !== undefined && day !== undefined && (day < 1 || (day > 28 && day > daysInMonth(year, month)))) {
    return `"${text}" has day ${dayText}, but that month has ${daysInMonth(year, month)} days`;
  }
  const time =
    hourText === undefined
      ? undefined
      : { hour: Number(hourText), minute: Number(minuteText), second: Number(secondText), utc: zone === 'Z' };
  const wrongTime = time && timeError(text, time);
  if (wrongTime) return wrongTime;
  const precision: Precision =
    time !== undefined ? 'time' : day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return {
    year,
    ...(month !== undefined && { month }),
    ...(day !== undefined && { day }),
    ...(time !== undefined && { time }),
    precision,
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
    ...pointRange(year, month, day, time),
  };
}

function parseEnd(text: string): EdtfPoint | EdtfOpenEnd | string {
  if (text === '..') return { kind: 'open' };
  if (text === '') return { kind: 'unknown' };
  return parsePoint(text);
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** EDTF's year: four digits (`0099`, `-0044`), or `Y` and the number where it has more (`Y-170000`). */
function yearText(year: number): string {
  const digits = String(Math.abs(year));
  if (digits.length > 4) return `Y${year}`;
  return `${year < 0 ? '-' : ''}${digits.padStart(4, '0')}`;
}

/**
 * The EDTF text of a date given by its parts, at the precision given: `2024`, `2024-05`, `0099-05-03`,
 * `-0300`, `2015-01-01T01:01:01`. Not checked: parse the text to know whether it names a real date.
 */
export function edtfText(year: number, month?: number, day?: number, time?: TimeOfDay): string {
  const date = [yearText(year), ...[month, day].filter((part) => part !== undefined).map(twoDigits)].join(
    '-',
  );
  if (time === undefined) return date;
  return `${date}T${[time.hour, time.minute, time.second].map(twoDigits).join(':')}${time.utc ? 'Z' : ''}`;
}

export function isOpenEnd(end: EdtfPoint | EdtfOpenEnd): end is EdtfOpenEnd {
  return 'kind' in end;
}

export function parseEdtf(input: string): EdtfResult {
  if (input.length > MAX_LENGTH) return { ok: false, error: `date is longer than ${MAX_LENGTH} characters` };
  const parts = input.split('/');
  if (parts.length === 1) {
    if (input.trim() === '') return { ok: false, error: 'date is empty' };
    const point = parsePoint(input);
    return typeof point === 'string'
      ? { ok: false, error: point }
      : { ok: true, value: { kind: 'point', text: input, point } };
  }
  if (parts.length > 2) return { ok: false, error: `"${input}" has more than one "/"` };
  const [startText = '', endText = ''] = parts;
  const start = parseEnd(startText);
  if (typeof start === 'string') return { ok: false, error: `interval start: ${start}` };
  const end = parseEnd(endText);
  if (typeof end === 'string') return { ok: false, error: `interval end: ${end}` };
  if (isOpenEnd(start) && isOpenEnd(end))
    return { ok: false, error: `"${input}" has neither a start nor an end` };
  if (!isOpenEnd(start) && !isOpenEnd(end) && start.earliest >= end.latest) {
    return { ok: false, error: `"${input}" ends before it starts` };
  }
  return { ok: true, value: { kind: 'interval', text: input, start, end } };
}

/** The instants a date covers; an open or unknown end is unbounded (±Infinity). */
export function dateBounds(date: EdtfDate): { earliest: number; latest: number } {
  if (date.kind === 'point') return { earliest: date.point.earliest, latest: date.point.latest };
  return {
    earliest: isOpenEnd(date.start) ? -Infinity : date.start.earliest,
    latest: isOpenEnd(date.end) ? Infinity : date.end.latest,
  };
}

/** True where any end of the date carries the `~` qualifier. */
export function isApproximate(date: EdtfDate): boolean {
  return datePoints(date).some((point) => point.approximate);
}

/** True where any end of the date carries the `?` qualifier. */
export function isUncertain(date: EdtfDate): boolean {
  return datePoints(date).some((point) => point.uncertain);
}

export function datePoints(date: EdtfDate): EdtfPoint[] {
  if (date.kind === 'point') return [date.point];
  return [date.start, date.end].filter((end): end is EdtfPoint => !isOpenEnd(end));
}
