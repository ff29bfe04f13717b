import { describe, expect, it } from 'vitest';
import { DATE_LIMIT_MS, formatUtc, isDateInstant } from './calendar';
import { edtfText, parseEdtf } from './edtf';
import { edtf } from '../testing/dataset-fixtures';
import type { EdtfPoint } from './types';

/* The EDTF forms of contract version 2: years before year 1, years of more than four digits, date-times. */

function pointOf(text: string): EdtfPoint {
  const date = edtf(text);
  if (date.kind !== 'point') throw new Error(`"${text}" is not a point`);
  return date.point;
}

const iso = (text: string) => Date.parse(text);

describe('parseEdtf: years before year 1', () => {
  it.each([
    ['-0300', '-000300-01-01T00:00:00Z', '-000299-01-01T00:00:00Z'],
    ['-0044-03-15', '-000044-03-15T00:00:00Z', '-000044-03-16T00:00:00Z'],
    ['-0001-12', '-000001-12-01T00:00:00Z', '0000-01-01T00:00:00Z'],
  ])('%s is astronomical, as in JavaScript: [%s, %s)', (text, earliest, latest) => {
    expect(pointOf(text)).toMatchObject({ earliest: iso(earliest), latest: iso(latest) });
  });

  it('knows the leap days of years before 1 (year -4 is a leap year, -1 is not)', () => {
    expect(parseEdtf('-0004-02-29').ok).toBe(true);
    expect(parseEdtf('-0001-02-29')).toEqual({
      ok: false,
      error: '"-0001-02-29" has day 29, but that month has 28 days',
    });
  });

  it('reads intervals and qualifiers with negative years', () => {
    expect(edtf('-0300/-0200~')).toMatchObject({
      kind: 'interval',
      start: { year: -300 },
      end: { year: -200 },
    });
    expect(parseEdtf('-0200/-0300')).toEqual({ ok: false, error: '"-0200/-0300" ends before it starts' });
  });

  it('writes year 0 one way only', () => {
    expect(parseEdtf('-0000')).toEqual({ ok: false, error: '"-0000": year 0 is written 0000' });
  });
});

describe('parseEdtf: years of more than four digits', () => {
  it('reads Y years as years only, in order, inside and beyond the browser’s dates', () => {
    const near = pointOf('Y-10000');
    const far = pointOf('Y-13800000000');
    expect(near).toMatchObject({ year: -10000, precision: 'year', earliest: iso('-010000-01-01T00:00:00Z') });
    expect(isDateInstant(near.earliest)).toBe(true);
    expect(far.year).toBe(-13_800_000_000);
    expect(isDateInstant(far.earliest)).toBe(false);
    expect(far.earliest).toBeLessThan(-DATE_LIMIT_MS);
    expect(far.earliest).toBeLessThan(far.latest);
    expect(pointOf('Y170000').earliest).toBeGreaterThan(pointOf('9999').earliest);
  });

  it.each([
    ['Y-10000-05', '"Y-10000-05": a year written with Y is a year only, without a month or day'],
    ['Y2024', `"Y2024" is not a date of the form`],
  ])('rejects %j', (text, error) => {
    expect(parseEdtf(text)).toMatchObject({ ok: false, error: expect.stringContaining(error) });
  });
});

describe('parseEdtf: date-times', () => {
  it('reads a date-time to the second, at that instant, in the source’s time or in UTC', () => {
    expect(pointOf('2015-01-01T01:01:01')).toMatchObject({
      year: 2015,
      month: 1,
      day: 1,
      time: { hour: 1, minute: 1, second: 1, utc: false },
      precision: 'time',
      earliest: iso('2015-01-01T01:01:01Z'),
      latest: iso('2015-01-01T01:01:02Z'),
    });
    expect(pointOf('2015-01-01T23:59:59Z').time).toEqual({ hour: 23, minute: 59, second: 59, utc: true });
  });

  it('orders two times of one day, and a day before its times', () => {
    const [day, early, late] = ['2015-01-01', '2015-01-01T01:01:01', '2015-01-01T13:00:00'].map(pointOf);
    expect(day!.earliest).toBeLessThan(early!.earliest);
    expect(early!.earliest).toBeLessThan(late!.earliest);
  });

  it.each([
    ['2015-01-01T24:00:00', '"2015-01-01T24:00:00" has hour 24, not 00 to 23'],
    ['2015-01-01T10:60:00', '"2015-01-01T10:60:00" has minute 60, not 00 to 59'],
    ['2015-01-01T10:00:60', '"2015-01-01T10:00:60" has second 60, not 00 to 59'],
    [
      '2015-01-01T10:00:00~',
      '"2015-01-01T10:00:00~": a date with a time of day cannot be approximate or uncertain',
    ],
    ['2015-01T10:00:00', '"2015-01T10:00:00" is not a date of the form'],
    ['2015-01-01T10:00', '"2015-01-01T10:00" is not a date of the form'],
    ['2015-01-01T10:00:00+02:00', '"2015-01-01T10:00:00+02:00" is not a date of the form'],
  ])('rejects %j', (text, error) => {
    expect(parseEdtf(text)).toMatchObject({ ok: false, error: expect.stringContaining(error) });
  });

  it('reads an interval of two date-times', () => {
    expect(edtf('2015-01-01T10:00:00/2015-01-01T12:30:00').kind).toBe('interval');
  });
});

describe('edtfText: the new forms', () => {
  it.each<[Parameters<typeof edtfText>, string]>([
    [[-300], '-0300'],
    [[-13_800_000_000], 'Y-13800000000'],
    [[170_000], 'Y170000'],
    [[2015, 1, 1, { hour: 1, minute: 1, second: 1 }], '2015-01-01T01:01:01'],
    [[2015, 1, 1, { hour: 14, minute: 5, second: 0, utc: true }], '2015-01-01T14:05:00Z'],
  ])('writes %j as %j, which parses back', (parts, text) => {
    expect(edtfText(...parts)).toBe(text);
    expect(parseEdtf(text).ok).toBe(true);
  });

  it('words a time of day from the calendar', () => {
    expect(formatUtc(pointOf('2015-01-01T14:05:09').earliest, 'timeWithSeconds')).toBe('14:05:09');
  });
});
