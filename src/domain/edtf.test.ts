import { describe, expect, it } from 'vitest';
import { dateBounds, datePoints, edtfText, isApproximate, isOpenEnd, isUncertain, parseEdtf } from './edtf';
import { edtf } from '../testing/dataset-fixtures';
import type { EdtfPoint } from './types';

const NOT_A_DATE =
  'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by ~, ? or %), or YYYY-MM-DDThh:mm:ss';

/** The single point of a date the test knows is a point. */
function pointOf(text: string): EdtfPoint {
  const date = edtf(text);
  if (date.kind !== 'point') throw new Error(`"${text}" is not a point`);
  return date.point;
}

describe('parseEdtf: single dates', () => {
  it.each([
    {
      text: '2024',
      point: {
        year: 2024,
        precision: 'year',
        approximate: false,
        uncertain: false,
        earliest: Date.UTC(2024, 0, 1),
        latest: Date.UTC(2025, 0, 1),
      },
    },
    {
      text: '2024-05',
      point: {
        year: 2024,
        month: 5,
        precision: 'month',
        approximate: false,
        uncertain: false,
        earliest: Date.UTC(2024, 4, 1),
        latest: Date.UTC(2024, 5, 1),
      },
    },
    {
      text: '2024-11-17',
      point: {
        year: 2024,
        month: 11,
        day: 17,
        precision: 'day',
        approximate: false,
        uncertain: false,
        earliest: Date.UTC(2024, 10, 17),
        latest: Date.UTC(2024, 10, 18),
      },
    },
    {
      text: '2024-11-17~',
      point: {
        year: 2024,
        month: 11,
        day: 17,
        precision: 'day',
        approximate: true,
        uncertain: false,
        earliest: Date.UTC(2024, 10, 17),
        latest: Date.UTC(2024, 10, 18),
      },
    },
    {
      text: '2024-05?',
      point: {
        year: 2024,
        month: 5,
        precision: 'month',
        approximate: false,
        uncertain: true,
        earliest: Date.UTC(2024, 4, 1),
        latest: Date.UTC(2024, 5, 1),
      },
    },
    {
      text: '2024%',
      point: {
        year: 2024,
        precision: 'year',
        approximate: true,
        uncertain: true,
        earliest: Date.UTC(2024, 0, 1),
        latest: Date.UTC(2025, 0, 1),
      },
    },
    {
      text: '2024-12',
      point: {
        year: 2024,
        month: 12,
        precision: 'month',
        approximate: false,
        uncertain: false,
        earliest: Date.UTC(2024, 11, 1),
        latest: Date.UTC(2025, 0, 1),
      },
    },
    {
      text: '2024-12-31',
      point: {
        year: 2024,
        month: 12,
        day: 31,
        precision: 'day',
        approximate: false,
        uncertain: false,
        earliest: Date.UTC(2024, 11, 31),
        latest: Date.UTC(2025, 0, 1),
      },
    },
    {
      text: '2024-02-29',
      point: {
        year: 2024,
        month: 2,
        day: 29,
        precision: 'day',
        approximate: false,
        uncertain: false,
        earliest: Date.UTC(2024, 1, 29),
        latest: Date.UTC(2024, 2, 1),
      },
    },
  ])('parses $text', ({ text, point }) => {
    expect(parseEdtf(text)).toEqual({ ok: true, value: { kind: 'point', text, point } });
  });

  it('omits month and day where the precision does not have them', () => {
    expect(pointOf('2024')).not.toHaveProperty('month');
    expect(pointOf('2024')).not.toHaveProperty('day');
    expect(pointOf('2024-05')).not.toHaveProperty('day');
  });

  it('keeps years before 100 literal (not 19xx)', () => {
    expect(pointOf('0099').earliest).toBe(new Date('0099-01-01T00:00:00Z').getTime());
    expect(pointOf('0099').latest).toBe(new Date('0100-01-01T00:00:00Z').getTime());
  });

  it('knows the leap days of years 0 to 99 by the proleptic Gregorian calendar (not by 19xx)', () => {
    expect(pointOf('0000-02-29').earliest).toBe(new Date('0000-02-29T00:00:00Z').getTime());
    expect(pointOf('0004-02-29').latest).toBe(new Date('0004-03-01T00:00:00Z').getTime());
    expect(parseEdtf('0001-02-29')).toEqual({
      ok: false,
      error: '"0001-02-29" has day 29, but that month has 28 days',
    });
  });
});

describe('edtfText', () => {
  it.each<[[number, number?, number?], string]>([
    [[2024], '2024'],
    [[2024, 5], '2024-05'],
    [[2024, 11, 7], '2024-11-07'],
    [[99, 5, 3], '0099-05-03'],
    [[0], '0000'],
    [[-44, 3, 15], '-0044-03-15'],
    [[2024, 123, 1], '2024-123-01'],
    [[2024, -3], '2024--3'],
  ])('writes %j as %j, checking nothing', (parts, text) => {
    expect(edtfText(...parts)).toBe(text);
  });
});

describe('parseEdtf: intervals', () => {
  it('parses a closed interval of two days', () => {
    expect(parseEdtf('2024-11-06/2024-11-17')).toEqual({
      ok: true,
      value: {
        kind: 'interval',
        text: '2024-11-06/2024-11-17',
        start: expect.objectContaining({ precision: 'day', earliest: Date.UTC(2024, 10, 6) }),
        end: expect.objectContaining({ precision: 'day', latest: Date.UTC(2024, 10, 18) }),
      },
    });
  });

  it.each([
    ['../2024-11-17', { kind: 'open' }, 'point'],
    ['/2024-11-17', { kind: 'unknown' }, 'point'],
    ['2024-11-06/..', 'point', { kind: 'open' }],
    ['2024-11-06/', 'point', { kind: 'unknown' }],
  ] as const)('parses %s with an open or unknown end', (text, start, end) => {
    const date = edtf(text);
    if (date.kind !== 'interval') throw new Error('expected an interval');
    expect(date.text).toBe(text);
    if (start === 'point') expect(isOpenEnd(date.start)).toBe(false);
    else expect(date.start).toEqual(start);
    if (end === 'point') expect(isOpenEnd(date.end)).toBe(false);
    else expect(date.end).toEqual(end);
  });

  it('accepts an interval that starts and ends on the same day', () => {
    expect(parseEdtf('2024-11-17/2024-11-17').ok).toBe(true);
  });

  it('accepts ends of different precision that overlap', () => {
    expect(parseEdtf('2024-11/2024-11-05').ok).toBe(true);
    expect(parseEdtf('2023/2024-05~').ok).toBe(true);
  });
});

describe('parseEdtf: rejected input', () => {
  it.each([
    ['2023-02-29', '"2023-02-29" has day 29, but that month has 28 days'],
    ['2024-02-30', '"2024-02-30" has day 30, but that month has 29 days'],
    ['2024-13', '"2024-13" has month 13, not 01 to 12'],
    ['2024-00', '"2024-00" has month 00, not 01 to 12'],
    ['2024-04-31', '"2024-04-31" has day 31, but that month has 30 days'],
    ['2024-04-00', '"2024-04-00" has day 00, but that month has 30 days'],
    ['24-05', `"24-05" ${NOT_A_DATE}`],
    ['2024/05/01', '"2024/05/01" has more than one "/"'],
    ['May 2024', `"May 2024" ${NOT_A_DATE}`],
    ['2024-5', `"2024-5" ${NOT_A_DATE}`],
    ['2024-05-17T10:00', `"2024-05-17T10:00" ${NOT_A_DATE}`],
    [' 2024', `" 2024" ${NOT_A_DATE}`],
    ['', 'date is empty'],
    ['   ', 'date is empty'],
    ['..', `".." ${NOT_A_DATE}`],
    ['../..', '"../.." has neither a start nor an end'],
    ['/', '"/" has neither a start nor an end'],
    ['2024-11-17/2024-11-06', '"2024-11-17/2024-11-06" ends before it starts'],
    ['2024-11-18/2024-11-17', '"2024-11-18/2024-11-17" ends before it starts'],
    ['2025/2024', '"2025/2024" ends before it starts'],
    ['a/b/c', '"a/b/c" has more than one "/"'],
    ['2024~?', `"2024~?" ${NOT_A_DATE}`],
    ['2024-13/2024-11', `interval start: "2024-13" has month 13, not 01 to 12`],
    ['2024-11-06/2024-11-31', `interval end: "2024-11-31" has day 31, but that month has 30 days`],
    ['2024-11-06/soon', `interval end: "soon" ${NOT_A_DATE}`],
    ['2'.repeat(65), 'date is longer than 64 characters'],
  ])('rejects %j', (text, error) => {
    expect(parseEdtf(text)).toEqual({ ok: false, error });
  });
});

describe('dateBounds', () => {
  it.each([
    ['2024-05', Date.UTC(2024, 4, 1), Date.UTC(2024, 5, 1)],
    ['2024', Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)],
    ['2024-11-06/2024-11-17', Date.UTC(2024, 10, 6), Date.UTC(2024, 10, 18)],
    ['2024-05/2024-11', Date.UTC(2024, 4, 1), Date.UTC(2024, 11, 1)],
    ['../2024-11-17', -Infinity, Date.UTC(2024, 10, 18)],
    ['/2024-11-17', -Infinity, Date.UTC(2024, 10, 18)],
    ['2024-11-06/..', Date.UTC(2024, 10, 6), Infinity],
    ['2024-11-06/', Date.UTC(2024, 10, 6), Infinity],
  ])('%s covers [%d, %d)', (text, earliest, latest) => {
    expect(dateBounds(edtf(text))).toEqual({ earliest, latest });
  });
});

describe('qualifiers and points', () => {
  it.each([
    ['2024-05', false, false],
    ['2024-05~', true, false],
    ['2024-05?', false, true],
    ['2024-05%', true, true],
    ['2024-11-06~/2024-11-17', true, false],
    ['2024-11-06/2024-11-17?', false, true],
    ['../2024-11-17%', true, true],
    ['2024-11-06/..', false, false],
  ])('%s: approximate %s, uncertain %s', (text, approximate, uncertain) => {
    const date = edtf(text);
    expect(isApproximate(date)).toBe(approximate);
    expect(isUncertain(date)).toBe(uncertain);
  });

  it('lists the points of a date, leaving out open and unknown ends', () => {
    expect(datePoints(edtf('2024-05')).map((p) => p.precision)).toEqual(['month']);
    expect(datePoints(edtf('2024-05/2024-11-17')).map((p) => p.precision)).toEqual(['month', 'day']);
    expect(datePoints(edtf('../2024-11-17')).map((p) => p.day)).toEqual([17]);
    expect(datePoints(edtf('2024/')).map((p) => p.year)).toEqual([2024]);
  });
});
