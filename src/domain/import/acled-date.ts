import { daysInMonth, monthFromName, utcInstant, utcParts } from '../calendar';
import { edtfText } from '../edtf';

/*
 * ACLED's event_date in every form it is found in: the API's and current exports' ISO dates (`2021-01-02`,
 * `2021-01-02T00:00:00Z`), older exports' `9 May 2020`, `09-May-2020`, `01-January-2015` and `9-May-20` (the
 * century from the row's `year`), ACLED's numeric form `02/01/1997` (day first: 2 January), and what spreadsheets
 * make of them when they re-save a file (`1/2/1997` month first in the United States, `02.01.1997`, a date serial
 * number like `35432`). Numeric dates are read day first, ACLED's order, unless the file itself proves them
 * month first: one of them has a second number over 12 and none a first number over 12.
 */

export const ACLED_DATE_FORMS =
  '2024-11-17, 17 November 2024, 17-Nov-2024, 17-Nov-24, November 17, 2024 or 17/11/2024';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MONTH_YEAR = /^(\d{1,2})([ \-/])([A-Za-z]{3,9})\.?\2(\d{4}|\d{2})$/;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
/** A spreadsheet's date serial number (days since 30 December 1899): 1954 to 2119. */
const SERIAL = /^\d{5}$/;
const SERIAL_RANGE = [20000, 80000] as const;

export type NumericOrder = 'day-first' | 'month-first';

/** How a file's numeric dates are read, and the row that proves a month-first file so. */
export interface DateOrder {
  readonly order: NumericOrder;
  readonly proof?: { readonly line: number; readonly text: string };
}

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** How a date was read where the reading needs saying: a century taken as a guess, or a serial number. */
export type DateNote = 'century-guessed' | 'serial';

export type AcledDateResult = { ok: true; day: CalendarDay; note?: DateNote } | { ok: false; error: string };

/** True for a numeric date (`02/01/1997`), whose order of day and month the file decides. */
export function isNumericDate(text: string): boolean {
  return NUMERIC.test(text.trim());
}

/** Decides the order of a file's numeric dates from all of them (see the module comment). */
export function numericOrder(dates: Iterable<{ readonly line: number; readonly text: string }>): DateOrder {
  let monthFirstProof: DateOrder['proof'];
  for (const { line, text } of dates) {
    const match = NUMERIC.exec(text.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) return { order: 'day-first' };
    if (Number(match[3]) > 12) monthFirstProof ??= { line, text: text.trim() };
  }
  return monthFirstProof ? { order: 'month-first', proof: monthFirstProof } : { order: 'day-first' };
}

/** A two-digit year: its century from the row's `year` where that ends in it, else 1990-2089 (ACLED starts in 1997). */
function fullYear(digits: string, yearColumn: string): { year: number; guessed: boolean } {
  if (digits.length === 4) return { year: Number(digits), guessed: false };
  if (/^\d{4}$/.test(yearColumn) && yearColumn.endsWith(digits))
    return { year: Number(yearColumn), guessed: false };
  const short = Number(digits);
  return { year: short >= 90 ? 1900 + short : 2000 + short, guessed: true };
}

function checked(
  original: string,
  year: number,
  month: number,
  day: number,
  note?: DateNote,
): AcledDateResult {
  if (month < 1 || month > 12) return { ok: false, error: `"${original}" has month ${month}, not 1 to 12` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return {
      ok: false,
      error: `"${original}" has day ${day}, but ${edtfText(year, month)} has ${days} days`,
    };
  }
  return { ok: true, day: { year, month, day }, ...(note && { note }) };
}

function named(original: string, monthName: string, day: string, yearDigits: string, yearColumn: string) {
  const month = monthFromName(monthName);
  if (month === undefined)
    return { ok: false, error: `"${original}": "${monthName}" is not a month name` } as const;
  const { year, guessed } = fullYear(yearDigits, yearColumn);
  return checked(original, year, month, Number(day), guessed ? 'century-guessed' : undefined);
}

/** The calendar day of an ACLED event_date, or why it is not one. */
export function parseAcledDate(
  text: string,
  order: NumericOrder = 'day-first',
  yearColumn = '',
): AcledDateResult {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) return checked(value, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_MONTH_YEAR.exec(value);
  if (dayFirst) return named(value, dayFirst[3] ?? '', dayFirst[1] ?? '', dayFirst[4] ?? '', yearColumn);
  const monthFirst = MONTH_DAY_YEAR.exec(value);
  if (monthFirst)
    return named(value, monthFirst[1] ?? '', monthFirst[2] ?? '', monthFirst[3] ?? '', yearColumn);
  const numeric = NUMERIC.exec(value);
  if (numeric) {
    const [first, second] = [Number(numeric[1]), Number(numeric[3])];
    const { year, guessed } = fullYear(numeric[4] ?? '', yearColumn);
    const [month, day] = order === 'day-first' ? [second, first] : [first, second];
    const result = checked(value, year, month, day, guessed ? 'century-guessed' : undefined);
    if (result.ok || order === 'month-first' || second <= 12) return result;
    return {
      ok: false,
      error: `"${value}" has no month ${second}: the file's numeric dates are read day first`,
    };
  }
  if (SERIAL.test(value) && Number(value) >= SERIAL_RANGE[0] && Number(value) <= SERIAL_RANGE[1]) {
    const { year, month, day } = utcParts(utcInstant(1899, 12, 30 + Number(value)));
    return { ok: true, day: { year, month, day }, note: 'serial' };
  }
  return {
    ok: false,
    error: `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}" is not a date in a form ACLED exports use (${ACLED_DATE_FORMS})`,
  };
}

/** ACLED's time_precision: 1 the day, 2 the week, 3 the month around the coded date. */
export type TimePrecision = 1 | 2 | 3;

/** Days either side of the coded date that a time precision covers. */
const AROUND = { 2: 3, 3: 15 } as const;

function shifted({ year, month, day }: CalendarDay, days: number): string {
  const parts = utcParts(utcInstant(year, month, day + days));
  return `${edtfText(parts.year, parts.month, parts.day)}~`;
}

/** The EDTF date drawn for a coded day: the day itself, or the approximate week or month around it. */
export function acledEdtf(day: CalendarDay, precision: TimePrecision): string {
  if (precision === 1) return edtfText(day.year, day.month, day.day);
  const around = AROUND[precision];
  return `${shifted(day, -around)}/${shifted(day, around)}`;
}
