import { formatUtc, formatYear } from './calendar';
import { isOpenEnd } from './edtf';
import type { EdtfDate, EdtfOpenEnd, EdtfPoint } from './types';

/* Human wording for EDTF dates, in the calendar's days (UTC). */

/** "14:05", "14:05:09", "14:05 UTC": seconds only where the source gives some. */
function timeOfDay(point: EdtfPoint): string {
  const text = formatUtc(point.earliest, point.time?.second ? 'timeWithSeconds' : 'time');
  return point.time?.utc ? `${text} UTC` : text;
}

function plainPoint(point: EdtfPoint, withWeekday: boolean): string {
  // A year is worded from its number: years beyond the browser's dates have no instant to format.
  if (point.precision === 'year') return formatYear(point.year);
  if (point.precision === 'month') return formatUtc(point.earliest, 'monthYear');
  const day = formatUtc(point.earliest, withWeekday ? 'weekdayDate' : 'date');
  return point.precision === 'time' ? `${day}, ${timeOfDay(point)}` : day;
}

function qualified(text: string, point: EdtfPoint): string {
  const approximate = point.approximate ? `about ${text}` : text;
  return point.uncertain ? `${approximate} (uncertain)` : approximate;
}

const PRECISION_NOTE = { year: 'year only', month: 'month only', day: '', time: '' } as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "6–17 November 2024", "May – November 2024", "2023 – May 2024": shared trailing parts said once. */
function closedRange(start: EdtfPoint, end: EdtfPoint): string {
  const plain = (point: EdtfPoint) => !point.approximate && !point.uncertain;
  const sameDate = start.precision === end.precision && start.earliest === end.earliest;
  if (sameDate && start.approximate === end.approximate && start.uncertain === end.uncertain) {
    return qualified(plainPoint(start, false), start);
  }
  if (plain(start) && plain(end) && start.year === end.year) {
    if (start.precision === 'day' && end.precision === 'day' && start.month === end.month) {
      return `${start.day}–${plainPoint(end, false)}`;
    }
    if (start.precision === 'day' && end.precision === 'day') {
      return `${formatUtc(start.earliest, 'dayMonth')} – ${plainPoint(end, false)}`;
    }
    if (start.precision === 'month' && end.precision === 'month') {
      return `${formatUtc(start.earliest, 'month')} – ${plainPoint(end, false)}`;
    }
  }
  return `${qualified(plainPoint(start, false), start)} – ${qualified(plainPoint(end, false), end)}`;
}

function openRange(start: EdtfPoint | EdtfOpenEnd, end: EdtfPoint | EdtfOpenEnd): string {
  if (!isOpenEnd(end)) {
    const until = qualified(plainPoint(end, true), end);
    return isOpenEnd(start) && start.kind === 'open'
      ? `until ${until}, start not stated`
      : `unknown start – ${until}`;
  }
  if (isOpenEnd(start)) return 'no date';
  const from = qualified(plainPoint(start, true), start);
  return end.kind === 'open' ? `from ${from}, ongoing` : `${from} – unknown end`;
}

/**
 * The date as a reader would say it: "Sunday 17 November 2024", "May 2024, month only",
 * "About 2024, year only (uncertain)", "6–17 November 2024", "Until Sunday 17 November 2024, start not stated".
 */
export function formatEdtf(date: EdtfDate): string {
  if (date.kind === 'point') {
    const { point } = date;
    const note = PRECISION_NOTE[point.precision];
    const text = qualified(plainPoint(point, true), point);
    return capitalise(note ? insertNote(text, note) : text);
  }
  const { start, end } = date;
  if (isOpenEnd(start) || isOpenEnd(end)) return capitalise(openRange(start, end));
  return capitalise(closedRange(start, end));
}

/** Puts the precision note before an "(uncertain)" suffix: "May 2024, month only (uncertain)". */
function insertNote(text: string, note: string): string {
  const suffix = ' (uncertain)';
  return text.endsWith(suffix) ? `${text.slice(0, -suffix.length)}, ${note}${suffix}` : `${text}, ${note}`;
}

const PRECISION_WORDS = {
  year: 'the year',
  month: 'the month',
  day: 'the day',
  time: 'the time of day',
} as const;
const NOT_GIVEN = {
  year: '; the month and day are not given',
  month: '; the day is not given',
  day: '',
  time: '',
} as const;

/** Which clock a time of day is on: UTC, or the source's own, which the dataset does not name. */
function clockNote(point: EdtfPoint): string {
  if (point.precision !== 'time') return '';
  return point.time?.utc ? ' (UTC)' : ', in the local time of the source';
}

function qualifierWords(point: EdtfPoint): string {
  return [point.approximate && 'approximate', point.uncertain && 'uncertain'].filter(Boolean).join(' and ');
}

/** "the day", "the month (approximate)": how precisely one end of an interval is known. */
function endPrecision(point: EdtfPoint): string {
  const qualifiers = qualifierWords(point);
  return qualifiers
    ? `${PRECISION_WORDS[point.precision]} (${qualifiers})`
    : PRECISION_WORDS[point.precision];
}

function intervalPrecision(start: EdtfPoint | EdtfOpenEnd, end: EdtfPoint | EdtfOpenEnd): string {
  if (isOpenEnd(start)) {
    if (isOpenEnd(end)) return 'No date is given';
    const missing = start.kind === 'open' ? 'the start is not stated' : 'the start is unknown';
    return `Only the end is given, known to ${endPrecision(end)}; ${missing}`;
  }
  if (isOpenEnd(end)) {
    const missing = end.kind === 'open' ? 'still ongoing' : 'the end is unknown';
    return `Only the start is given, known to ${endPrecision(start)}; ${missing}`;
  }
  const startWords = endPrecision(start);
  const endWords = endPrecision(end);
  return startWords === endWords
    ? `A span of dates, both ends known to ${startWords}`
    : `A span of dates: the start known to ${startWords}, the end to ${endWords}`;
}

/**
 * How precisely the date is known, in plain words: "Known to the month; the day is not given",
 * "Known to the day, approximate", "Only the end is given, known to the day; the start is not stated".
 */
export function describePrecision(date: EdtfDate): string {
  if (date.kind === 'interval') return intervalPrecision(date.start, date.end);
  const { point } = date;
  const qualifiers = qualifierWords(point);
  return `Known to ${PRECISION_WORDS[point.precision]}${qualifiers ? `, ${qualifiers}` : ''}${NOT_GIVEN[point.precision]}${clockNote(point)}`;
}

/**
 * A visible stretch of time, for people: "2 May 2024 – 30 Nov 2024". The end is exclusive, so a window that
 * ends at midnight ends on the day before; the same days as the URL's inclusive `to`.
 */
export function formatWindow(start: number, end: number): string {
  return `${formatUtc(start, 'shortDate')} – ${formatUtc(Math.max(start, end - 1), 'shortDate')}`;
}
