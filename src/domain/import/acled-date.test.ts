import { describe, expect, it } from 'vitest';
import { acledEdtf, numericOrder, parseAcledDate } from './acled-date';

/* ACLED's event_date as files give it: a table of forms seen in exports and in their spreadsheet re-saves. */

const day = (year: number, month: number, date: number) => ({ year, month, day: date });

describe('parseAcledDate: every form found in the wild', () => {
  it.each([
    ['2021-01-02', 'the API and current exports', day(2021, 1, 2)],
    ['2021-01-02T00:00:00Z', 'the API with a time', day(2021, 1, 2)],
    ['2021-01-02 00:00:00', 'a database dump', day(2021, 1, 2)],
    ['2024-1-5', 'a re-save dropping zeros', day(2024, 1, 5)],
    ['9 May 2020', 'older exports', day(2020, 5, 9)],
    ['09-May-2020', 'older exports, hyphenated', day(2020, 5, 9)],
    ['01-January-2015', 'full month names', day(2015, 1, 1)],
    ['07-nov-2024', 'any case', day(2024, 11, 7)],
    ['1 Sept 2024', 'British short September', day(2024, 9, 1)],
    ['May 9, 2020', 'a US spreadsheet’s long date', day(2020, 5, 9)],
    ['02/01/1997', 'ACLED’s numeric form, day first', day(1997, 1, 2)],
    ['02.01.1997', 'a German re-save', day(1997, 1, 2)],
    ['02-01-1997', 'the codebook’s dd-mm-yyyy', day(1997, 1, 2)],
    ['  2024-11-17 ', 'spaces around', day(2024, 11, 17)],
  ])('reads %j (%s)', (text, _where, expected) => {
    expect(parseAcledDate(text)).toEqual({ ok: true, day: expected });
  });

  it('reads a numeric date month first only when asked to', () => {
    expect(parseAcledDate('1/2/1997', 'month-first')).toEqual({ ok: true, day: day(1997, 1, 2) });
    expect(parseAcledDate('1/2/1997', 'day-first')).toEqual({ ok: true, day: day(1997, 2, 1) });
  });

  it('takes the century of a two-digit year from the row’s year, and says where it had to guess', () => {
    expect(parseAcledDate('9-May-20', 'day-first', '2020')).toEqual({ ok: true, day: day(2020, 5, 9) });
    expect(parseAcledDate('9-May-97', 'day-first', '1997')).toEqual({ ok: true, day: day(1997, 5, 9) });
    expect(parseAcledDate('9-May-20')).toEqual({ ok: true, day: day(2020, 5, 9), note: 'century-guessed' });
    expect(parseAcledDate('9-May-98', 'day-first', '2020')).toEqual({
      ok: true,
      day: day(1998, 5, 9),
      note: 'century-guessed',
    });
    expect(parseAcledDate('02/01/97', 'day-first', '1997')).toEqual({ ok: true, day: day(1997, 1, 2) });
  });

  it('reads a spreadsheet’s date serial number, and says so', () => {
    expect(parseAcledDate('44198')).toEqual({ ok: true, day: day(2021, 1, 2), note: 'serial' });
  });

  it.each([
    ['2024-13-45', '"2024-13-45" has month 13, not 1 to 12'],
    ['2023-02-29', '"2023-02-29" has day 29, but 2023-02 has 28 days'],
    ['31 April 2024', '"31 April 2024" has day 31, but 2024-04 has 30 days'],
    ['17 Brumaire 2024', '"17 Brumaire 2024": "Brumaire" is not a month name'],
    ['01/17/2024', '"01/17/2024" has no month 17: the file\'s numeric dates are read day first'],
    ['17 November-2024', expect.stringContaining('is not a date in a form ACLED exports use')],
    ['yesterday', expect.stringContaining('(2024-11-17, 17 November 2024, 17-Nov-2024')],
    ['123', expect.stringContaining('is not a date in a form ACLED exports use')],
  ])('rejects %j', (text, error) => {
    expect(parseAcledDate(text)).toEqual({ ok: false, error });
  });
});

describe('numericOrder: what the file itself proves', () => {
  const lines = (...texts: string[]) => texts.map((text, index) => ({ line: index + 2, text }));

  it('reads day first, ACLED’s order, when nothing says otherwise', () => {
    expect(numericOrder(lines('02/01/1997', '03/01/1997', '9 May 2020'))).toEqual({ order: 'day-first' });
  });

  it('reads month first where a date has a second number over 12 and none a first number over 12', () => {
    expect(numericOrder(lines('1/2/1997', '1/17/1997', '2/3/1997'))).toEqual({
      order: 'month-first',
      proof: { line: 3, text: '1/17/1997' },
    });
  });

  it('stays day first where the file proves both (its month-first rows then fail, and are reported)', () => {
    expect(numericOrder(lines('1/17/1997', '17/1/1997'))).toEqual({ order: 'day-first' });
  });
});

describe('acledEdtf: time_precision', () => {
  it.each([
    [1, '2020-05-09'],
    [2, '2020-05-06~/2020-05-12~'],
    [3, '2020-04-24~/2020-05-24~'],
  ] as const)('time_precision %i draws %s', (precision, expected) => {
    expect(acledEdtf(day(2020, 5, 9), precision)).toBe(expected);
  });

  it('crosses months and years', () => {
    expect(acledEdtf(day(2021, 1, 2), 2)).toBe('2020-12-30~/2021-01-05~');
  });
});
