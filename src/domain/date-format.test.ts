import { describe, expect, it } from 'vitest';
import { describePrecision, formatEdtf, formatWindow } from './date-format';
import { edtf } from '../testing/dataset-fixtures';

describe('formatEdtf: single dates', () => {
  it.each([
    ['2024-11-17', 'Sunday 17 November 2024'],
    ['2024-02-29', 'Thursday 29 February 2024'],
    ['2024-05', 'May 2024, month only'],
    ['2024', '2024, year only'],
    ['2024-05~', 'About May 2024, month only'],
    ['2024-05?', 'May 2024, month only (uncertain)'],
    ['2024-05%', 'About May 2024, month only (uncertain)'],
    ['2024~', 'About 2024, year only'],
    ['2024?', '2024, year only (uncertain)'],
    ['2024-11-17~', 'About Sunday 17 November 2024'],
    ['2024-11-17?', 'Sunday 17 November 2024 (uncertain)'],
    ['2024-11-17%', 'About Sunday 17 November 2024 (uncertain)'],
    ['0999-09-03', 'Tuesday 3 September 999'],
    ['0005-06', 'June 5, month only'],
    ['0005', '5, year only'],
  ])('%s reads "%s"', (text, expected) => {
    expect(formatEdtf(edtf(text))).toBe(expected);
  });

  it('words EDTF’s year 0 as 1 BC in every precision (never as a bare "1", the year of an era without the era)', () => {
    expect(formatEdtf(edtf('0000'))).toBe('1 BC, year only');
    expect(formatEdtf(edtf('0000-05'))).toBe('May 1 BC, month only');
    expect(formatEdtf(edtf('0000-05-01'))).toBe('Monday 1 May 1 BC');
    expect(formatEdtf(edtf('0000-05-01/0000-05-03'))).toBe('1–3 May 1 BC');
    expect(formatEdtf(edtf('0001-05-01'))).toBe('Tuesday 1 May 1');
  });
});

describe('formatEdtf: years before 1, years beyond the browser’s dates, times of day', () => {
  it.each([
    ['-0300', '301 BC, year only'],
    ['-0044-03-15', 'Thursday 15 March 45 BC'],
    ['Y-13800000000', '13800000001 BC, year only'],
    ['Y-170000~', 'About 170001 BC, year only'],
    ['2015-01-01T01:01:01', 'Thursday 1 January 2015, 01:01:01'],
    ['2015-01-01T14:05:00', 'Thursday 1 January 2015, 14:05'],
    ['2015-01-01T14:05:00Z', 'Thursday 1 January 2015, 14:05 UTC'],
    ['2015-01-01T10:00:00/2015-01-01T12:30:00', '1 January 2015, 10:00 – 1 January 2015, 12:30'],
  ])('%s reads "%s"', (text, expected) => {
    expect(formatEdtf(edtf(text))).toBe(expected);
  });

  it('says which clock a time of day is on', () => {
    expect(describePrecision(edtf('2015-01-01T14:05:00'))).toBe(
      'Known to the time of day, in the local time of the source',
    );
    expect(describePrecision(edtf('2015-01-01T14:05:00Z'))).toBe('Known to the time of day (UTC)');
  });
});

describe('formatEdtf: closed ranges', () => {
  it.each([
    ['2024-11-06/2024-11-17', '6–17 November 2024'],
    ['2024-10-30/2024-11-17', '30 October – 17 November 2024'],
    ['2024-05/2024-11', 'May – November 2024'],
    ['2023-12-30/2024-01-02', '30 December 2023 – 2 January 2024'],
    ['2023/2024-05', '2023 – May 2024'],
    ['2023-11/2024-02', 'November 2023 – February 2024'],
    ['2023/2024', '2023 – 2024'],
    ['2024-05-01/2024-11', '1 May 2024 – November 2024'],
    ['2024-11-06~/2024-11-17', 'About 6 November 2024 – 17 November 2024'],
    ['2024-05~/2024-11~', 'About May 2024 – about November 2024'],
    ['2024-11-06?/2024-11-17?', '6 November 2024 (uncertain) – 17 November 2024 (uncertain)'],
  ])('%s reads "%s"', (text, expected) => {
    expect(formatEdtf(edtf(text))).toBe(expected);
  });

  // The end's qualifier must not be lost when the start is plain.
  it.each([
    ['2024-11-06/2024-11-17~', '6 November 2024 – about 17 November 2024'],
    ['2024-05/2024-11?', 'May 2024 – November 2024 (uncertain)'],
  ])('%s keeps the qualifier of its end: "%s"', (text, expected) => {
    expect(formatEdtf(edtf(text))).toBe(expected);
  });

  // A range whose ends are the same day or month is that day or month, not "17–17 November 2024".
  it.each([
    ['2024-11-17/2024-11-17', '17 November 2024'],
    ['2024-05/2024-05', 'May 2024'],
  ])('%s reads "%s"', (text, expected) => {
    expect(formatEdtf(edtf(text))).toBe(expected);
  });
});

describe('formatEdtf: open and unknown ends', () => {
  it.each([
    ['../2024-11-17', 'Until Sunday 17 November 2024, start not stated'],
    ['../2024-11', 'Until November 2024, start not stated'],
    ['../2024-11-17~', 'Until about Sunday 17 November 2024, start not stated'],
    ['/2024-11-17', 'Unknown start – Sunday 17 November 2024'],
    ['2024-11-06/..', 'From Wednesday 6 November 2024, ongoing'],
    ['2024-05/..', 'From May 2024, ongoing'],
    ['2024-11-06/', 'Wednesday 6 November 2024 – unknown end'],
  ])('%s reads "%s"', (text, expected) => {
    expect(formatEdtf(edtf(text))).toBe(expected);
  });
});

describe('describePrecision', () => {
  it.each([
    ['2024-11-17', 'Known to the day'],
    ['2024-05', 'Known to the month; the day is not given'],
    ['2024', 'Known to the year; the month and day are not given'],
    ['2024-05~', 'Known to the month, approximate; the day is not given'],
    ['2024?', 'Known to the year, uncertain; the month and day are not given'],
    ['2024-11-17%', 'Known to the day, approximate and uncertain'],
  ])('%s is "%s"', (text, expected) => {
    expect(describePrecision(edtf(text))).toBe(expected);
  });

  it.each([
    ['2024-11-06/2024-11-17', 'A span of dates, both ends known to the day'],
    ['2024-05/2024-11-17', 'A span of dates: the start known to the month, the end to the day'],
    [
      '2024-11-06~/2024-11-17',
      'A span of dates: the start known to the day (approximate), the end to the day',
    ],
    ['../2024-11-17', 'Only the end is given, known to the day; the start is not stated'],
    ['/2024-11', 'Only the end is given, known to the month; the start is unknown'],
    ['2024-11-06/..', 'Only the start is given, known to the day; still ongoing'],
    ['2024?/', 'Only the start is given, known to the year (uncertain); the end is unknown'],
  ])('the interval %s is "%s"', (text, expected) => {
    expect(describePrecision(edtf(text))).toBe(expected);
  });
});

describe('formatWindow', () => {
  it('gives both ends with short month names', () => {
    expect(formatWindow(Date.UTC(2024, 4, 2), Date.UTC(2024, 10, 30, 12))).toBe('2 May 2024 – 30 Nov 2024');
  });

  it('treats the end as exclusive: a window ending at midnight ends on the day before', () => {
    expect(formatWindow(Date.UTC(2024, 4, 2), Date.UTC(2024, 11, 1))).toBe('2 May 2024 – 30 Nov 2024');
  });

  it('spans years', () => {
    expect(formatWindow(Date.UTC(2023, 11, 25), Date.UTC(2024, 0, 3, 6))).toBe('25 Dec 2023 – 3 Jan 2024');
  });

  it('reads the calendar date in UTC, whatever the hour', () => {
    expect(formatWindow(Date.UTC(2024, 4, 2, 23, 59), Date.UTC(2024, 10, 30, 0, 0, 1))).toBe(
      '2 May 2024 – 30 Nov 2024',
    );
  });
});
