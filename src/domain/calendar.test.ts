import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addUtcMonths,
  CALENDAR_UNITS,
  DAY_MS,
  daysInMonth,
  formatIsoDay,
  formatLocalMoment,
  formatUtc,
  formatYear,
  monthFromName,
  parseIsoDay,
  startOfNextUnit,
  startOfUnit,
  utcInstant,
  utcParts,
  WEEK_MS,
  type CalendarForm,
  type CalendarUnit,
} from './calendar';
import { dayText, utc } from '../testing/days';

const iso = (ms: number) => new Date(ms).toISOString();
/** The unit holding `at` as [start, end) in ISO form. */
const bucket = (at: string, unit: CalendarUnit) => {
  const start = startOfUnit(utc(at), unit);
  return [iso(start), iso(startOfNextUnit(start, unit))];
};

describe('durations', () => {
  it('are a day and a week in ms', () => {
    expect(DAY_MS).toBe(utc('1970-01-02'));
    expect(WEEK_MS).toBe(7 * DAY_MS);
  });
});

describe('utcInstant', () => {
  it.each([
    [2024, 11, 17, '2024-11-17'],
    [2024, 2, 29, '2024-02-29'],
    [99, 12, 31, '0099-12-31'],
    [5, 3, 10, '0005-03-10'],
    [0, 1, 1, '0000-01-01'],
    [-1, 12, 31, '-000001-12-31'],
    [-44, 3, 15, '-000044-03-15'],
    [10000, 1, 1, '+010000-01-01'],
  ])('(%i, %i, %i) is UTC midnight of %s: years 0 to 99 and before 0 are literal', (y, m, d, day) => {
    expect(utcInstant(y, m, d)).toBe(utc(day));
  });

  it('starts a year on 1 January and a month on its first day', () => {
    expect(utcInstant(2024)).toBe(utc('2024-01-01'));
    expect(utcInstant(2024, 5)).toBe(utc('2024-05-01'));
    expect(utcInstant(0)).toBe(utc('0000-01-01T00:00:00Z'));
  });

  it('rolls days and months over into the next month and year', () => {
    expect(utcInstant(2024, 2, 30)).toBe(utc('2024-03-01'));
    expect(utcInstant(2023, 2, 29)).toBe(utc('2023-03-01'));
    expect(utcInstant(2024, 13, 1)).toBe(utc('2025-01-01'));
    expect(utcInstant(99, 12, 32)).toBe(utc('0100-01-01'));
    expect(utcInstant(-1, 13, 1)).toBe(utc('0000-01-01T00:00:00Z'));
  });

  it('and utcParts undo each other, for any instant from year -3000 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: utc('-003000-01-01T00:00:00Z'), max: utc('9999-12-31') }), (at) => {
        const { year, month, day } = utcParts(at);
        const midnight = utcInstant(year, month, day);
        expect(midnight).toBeLessThanOrEqual(at);
        expect(at - midnight).toBeLessThan(DAY_MS);
        expect(iso(midnight).slice(-14)).toBe('T00:00:00.000Z');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('daysInMonth', () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [0, 2, 29],
    [4, 2, 29],
    [100, 2, 28],
    [-4, 2, 29],
    [-1, 2, 28],
    [2024, 1, 31],
    [2024, 4, 30],
    [2024, 12, 31],
  ])('%i-%i has %i days (leap years of the proleptic Gregorian calendar)', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('addUtcMonths', () => {
  it('adds months across years, before year 0 too, and keeps the time of day', () => {
    expect(addUtcMonths(utc('2024-11-01'), 3)).toBe(utc('2025-02-01'));
    expect(addUtcMonths(utc('2024-11-17T06:00:00Z'), -11)).toBe(utc('2023-12-17T06:00:00Z'));
    expect(addUtcMonths(utc('-000001-12-01T00:00:00Z'), 1)).toBe(utc('0000-01-01T00:00:00Z'));
  });

  it('ends at the last day of a shorter month', () => {
    expect(addUtcMonths(utc('2024-01-31'), 1)).toBe(utc('2024-02-29'));
  });
});

describe('startOfUnit and startOfNextUnit', () => {
  it('cut days at UTC midnight, before the epoch too', () => {
    expect(bucket('2024-11-17T15:30:00Z', 'day')).toEqual([
      '2024-11-17T00:00:00.000Z',
      '2024-11-18T00:00:00.000Z',
    ]);
    expect(bucket('2024-11-17', 'day')).toEqual(['2024-11-17T00:00:00.000Z', '2024-11-18T00:00:00.000Z']);
    expect(bucket('1969-12-31T12:00:00Z', 'day')).toEqual([
      '1969-12-31T00:00:00.000Z',
      '1970-01-01T00:00:00.000Z',
    ]);
  });

  it('start weeks on Monday: a Sunday belongs to the week before, a Monday starts its own', () => {
    expect(bucket('2024-11-17T23:59:59Z', 'week')).toEqual([
      '2024-11-11T00:00:00.000Z',
      '2024-11-18T00:00:00.000Z',
    ]);
    expect(bucket('2024-11-18', 'week')).toEqual(['2024-11-18T00:00:00.000Z', '2024-11-25T00:00:00.000Z']);
    expect(bucket('2024-11-18T23:00:00Z', 'week')[0]).toBe('2024-11-18T00:00:00.000Z');
  });

  it('let a week run across the end of a year', () => {
    // 2025-01-01 is a Wednesday; 2021-01-03 a Sunday.
    expect(bucket('2025-01-01', 'week')).toEqual(['2024-12-30T00:00:00.000Z', '2025-01-06T00:00:00.000Z']);
    expect(bucket('2021-01-03', 'week')).toEqual(['2020-12-28T00:00:00.000Z', '2021-01-04T00:00:00.000Z']);
    expect(bucket('1970-01-01', 'week')).toEqual(['1969-12-29T00:00:00.000Z', '1970-01-05T00:00:00.000Z']);
  });

  it('cut months at the first of the month, December running into January', () => {
    expect(bucket('2024-12-15T08:00:00Z', 'month')).toEqual([
      '2024-12-01T00:00:00.000Z',
      '2025-01-01T00:00:00.000Z',
    ]);
    expect(bucket('2024-02-29', 'month')).toEqual(['2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z']);
    expect(bucket('2024-01-31T23:59:59Z', 'month')[0]).toBe('2024-01-01T00:00:00.000Z');
  });

  it('cut quarters at January, April, July and October', () => {
    expect(bucket('2024-11-17', 'quarter')).toEqual(['2024-10-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z']);
    expect(bucket('2024-03-31T23:59:59Z', 'quarter')).toEqual([
      '2024-01-01T00:00:00.000Z',
      '2024-04-01T00:00:00.000Z',
    ]);
    expect(bucket('2024-04-01', 'quarter')[0]).toBe('2024-04-01T00:00:00.000Z');
  });

  it('cut years at 1 January and decades at years ending in 0', () => {
    expect(bucket('2024-11-17', 'year')).toEqual(['2024-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z']);
    expect(bucket('2024-11-17', 'decade')).toEqual(['2020-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z']);
    expect(bucket('2029-12-31T23:59:59Z', 'decade')[0]).toBe('2020-01-01T00:00:00.000Z');
    expect(bucket('2030-01-01', 'decade')[0]).toBe('2030-01-01T00:00:00.000Z');
  });

  it('keep years 0 to 99 literal instead of mapping them to 1900 to 1999', () => {
    expect(bucket('0005-03-10', 'month')).toEqual(['0005-03-01T00:00:00.000Z', '0005-04-01T00:00:00.000Z']);
    expect(bucket('0099-07-04', 'year')).toEqual(['0099-01-01T00:00:00.000Z', '0100-01-01T00:00:00.000Z']);
    expect(bucket('0005-03-10', 'decade')).toEqual(['0000-01-01T00:00:00.000Z', '0010-01-01T00:00:00.000Z']);
  });

  it('handle years before year 0', () => {
    const at = '-000001-12-15T00:00:00Z';
    expect(bucket(at, 'month')).toEqual(['-000001-12-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z']);
    expect(bucket(at, 'quarter')).toEqual(['-000001-10-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z']);
    expect(bucket(at, 'year')).toEqual(['-000001-01-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z']);
    expect(bucket(at, 'decade')).toEqual(['-000010-01-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z']);
  });

  it('place any instant in exactly one bucket, whose start is a bucket start', () => {
    const anyTime = fc.integer({ min: utc('-000500-01-01'), max: utc('9999-12-31') });
    const anyUnit = fc.constantFrom(...CALENDAR_UNITS);
    fc.assert(
      fc.property(anyTime, anyUnit, (at, unit) => {
        const start = startOfUnit(at, unit);
        const end = startOfNextUnit(start, unit);
        expect(start).toBeLessThanOrEqual(at);
        expect(end).toBeGreaterThan(at);
        expect(startOfUnit(start, unit)).toBe(start);
        expect(startOfUnit(end, unit)).toBe(end);
        if (unit === 'week') expect(new Date(start).getUTCDay()).toBe(1);
        if (unit !== 'day' && unit !== 'week') expect(new Date(start).getUTCDate()).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatUtc', () => {
  it.each<[string, CalendarForm, string]>([
    ['2024-11-17', 'weekdayDate', 'Sunday 17 November 2024'],
    ['2024-11-17', 'date', '17 November 2024'],
    ['2024-11-17', 'dayMonth', '17 November'],
    ['2024-05-01', 'monthYear', 'May 2024'],
    ['2024-05-01', 'month', 'May'],
    ['2024-06-03', 'shortDate', '3 Jun 2024'],
    ['2023-09-25', 'shortDate', '25 Sept 2023'],
    ['2024-04-01', 'shortMonthYear', 'Apr 2024'],
    ['2024-01-01', 'year', '2024'],
    ['2024-06-03', 'isoDay', '2024-06-03'],
    ['2024-06-03', 'isoMonth', '2024-06'],
  ])('words %s as %s: "%s"', (day, form, expected) => {
    expect(formatUtc(utc(day), form)).toBe(expected);
  });

  it('says the UTC day, whatever the time of day', () => {
    expect(formatUtc(utc('2024-11-17T23:59:59Z'), 'weekdayDate')).toBe('Sunday 17 November 2024');
    expect(formatUtc(utc('2024-11-17T00:00:00Z'), 'weekdayDate')).toBe('Sunday 17 November 2024');
  });

  it('writes years below 1000 without padding in words and padded to four digits in ISO forms', () => {
    expect(formatUtc(utcInstant(999, 6, 3), 'date')).toBe('3 June 999');
    expect(formatUtc(utcInstant(5, 6, 3), 'weekdayDate')).toBe('Friday 3 June 5');
    expect(formatUtc(utcInstant(99, 12, 1), 'shortMonthYear')).toBe('Dec 99');
    expect(formatUtc(utcInstant(5, 6, 3), 'isoDay')).toBe('0005-06-03');
  });

  it('writes years before 1 by era for people (astronomical -44 is 45 BC), and astronomically for machines', () => {
    expect(formatUtc(utcInstant(0, 3, 15), 'weekdayDate')).toBe('Wednesday 15 March 1 BC');
    expect(formatUtc(utcInstant(-44, 3, 15), 'date')).toBe('15 March 45 BC');
    expect(formatUtc(utcInstant(-44, 3, 15), 'year')).toBe('45 BC');
    expect(formatUtc(utcInstant(-44, 3, 15), 'shortMonthYear')).toBe('Mar 45 BC');
    expect(formatUtc(utcInstant(-44, 3, 15), 'isoDay')).toBe('-0044-03-15');
    expect(formatUtc(utcInstant(-1, 9), 'isoMonth')).toBe('-0001-09');
    expect(formatUtc(utcInstant(1, 1, 1), 'date')).toBe('1 January 1');
  });

  it('words a year for people like formatUtc, beyond the browser’s dates too', () => {
    expect(formatYear(2024)).toBe('2024');
    expect(formatYear(1)).toBe('1');
    expect(formatYear(0)).toBe('1 BC');
    expect(formatYear(-44)).toBe(formatUtc(utcInstant(-44), 'year'));
    expect(formatYear(-13_800_000_000)).toBe('13800000001 BC');
  });

  it('says what en-GB says, for every form and any day in years 1 to 9999', () => {
    const british = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    const expected: Partial<Record<CalendarForm, Intl.DateTimeFormat>> = {
      date: british({ day: 'numeric', month: 'long', year: 'numeric' }),
      dayMonth: british({ day: 'numeric', month: 'long' }),
      monthYear: british({ month: 'long', year: 'numeric' }),
      month: british({ month: 'long' }),
      shortDate: british({ day: 'numeric', month: 'short', year: 'numeric' }),
      shortMonthYear: british({ month: 'short', year: 'numeric' }),
      year: british({ year: 'numeric' }),
    };
    fc.assert(
      fc.property(fc.integer({ min: utcInstant(1), max: utcInstant(10000) - 1 }), (at) => {
        for (const [form, intl] of Object.entries(expected)) {
          expect(formatUtc(at, form as CalendarForm)).toBe(intl.format(at));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatLocalMoment', () => {
  it('gives a moment of the local clock as a short day and time', () => {
    expect(formatLocalMoment(new Date(2024, 5, 3, 14, 5).getTime())).toBe('3 Jun 2024, 14:05');
    expect(formatLocalMoment(new Date(2024, 8, 30, 9, 0).getTime())).toBe('30 Sept 2024, 09:00');
  });
});

describe('monthFromName', () => {
  it.each([
    ['January', 1],
    ['january', 1],
    ['JAN', 1],
    ['May', 5],
    ['jun', 6],
    ['Sept', 9],
    ['sep', 9],
    ['SEPTEMBER', 9],
    ['Dec', 12],
  ])('reads %j as month %i', (name, month) => {
    expect(monthFromName(name)).toBe(month);
  });

  it.each(['', 'Ja', 'Janu', 'Mayo', 'Septem', 'Novembre', '11', 'Juli'])('reads %j as no month', (name) => {
    expect(monthFromName(name)).toBeUndefined();
  });

  it('reads back every month name the calendar writes, full and short', () => {
    for (let month = 1; month <= 12; month += 1) {
      const first = utcInstant(2024, month);
      expect(monthFromName(formatUtc(first, 'month'))).toBe(month);
      expect(monthFromName(formatUtc(first, 'shortMonthYear').split(' ')[0]!)).toBe(month);
    }
  });
});

describe('parseIsoDay and formatIsoDay', () => {
  it.each([
    ['2024-11-17', utc('2024-11-17')],
    ['2024-02-29', utc('2024-02-29')],
    ['0001-01-01', utc('0001-01-01')],
    ['9999-12-31', utc('9999-12-31')],
    ['2023-02-29', undefined],
    ['2024-04-31', undefined],
    ['2024-13-01', undefined],
    ['0000-01-01', undefined],
    ['-0001-01-01', undefined],
    ['10000-01-01', undefined],
    ['2024-1-1', undefined],
  ])('parseIsoDay(%j) is %s', (text, expected) => {
    expect(parseIsoDay(text)).toBe(expected);
  });

  it.each([
    [utc('0001-01-01') - 1, undefined],
    [utc('9999-12-31') + DAY_MS, undefined],
    [Number.NaN, undefined],
    [8.64e15 + 1, undefined],
    [utc('0099-12-31') + DAY_MS - 1, '0099-12-31'],
  ])('formatIsoDay(%s) is %s', (instant, expected) => {
    expect(formatIsoDay(instant)).toBe(expected);
  });

  it('round-trip every day of years 1 to 9999, and name the day holding any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: utc('0001-01-01'), max: utc('9999-12-31') + DAY_MS - 1 }), (at) => {
        const day = formatIsoDay(at);
        expect(day).toBe(dayText(at));
        const midnight = parseIsoDay(day!);
        expect(midnight).toBe(startOfUnit(at, 'day'));
        expect(formatIsoDay(midnight!)).toBe(day);
      }),
      { numRuns: 5000 },
    );
  });
});
