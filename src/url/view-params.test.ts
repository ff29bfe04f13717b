import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_RUNS, PROPERTY_TIMEOUT, DAY, utc } from '../testing/properties';
import { formatDay, parseDay } from './view-params';

describe('parseDay and formatDay', () => {
  it.each([
    ['2024-11-17', utc('2024-11-17')],
    ['2024-02-29', utc('2024-02-29')],
    ['2000-02-29', utc('2000-02-29')],
    ['0001-01-01', utc('0001-01-01')],
    ['9999-12-31', utc('9999-12-31')],
    ['1970-01-01', 0],
    ['2023-02-29', undefined],
    ['1900-02-29', undefined],
    ['2024-04-31', undefined],
    ['2024-00-10', undefined],
    ['2024-01-00', undefined],
    ['2024-01-32', undefined],
    ['0000-01-01', undefined],
    ['10000-01-01', undefined],
    ['+2024-01-01', undefined],
    ['2024-1-1', undefined],
    [' 2024-01-01', undefined],
    ['2024-01-01T00:00', undefined],
    ['', undefined],
  ])('parseDay(%j) is %s', (text, expected) => {
    expect(parseDay(text)).toBe(expected);
  });

  it.each([
    [utc('2024-11-17'), '2024-11-17'],
    [utc('2024-11-17') + DAY - 1, '2024-11-17'],
    [utc('2024-02-29') + 12 * 3_600_000, '2024-02-29'],
    [utc('0001-01-01'), '0001-01-01'],
    [utc('0099-12-31'), '0099-12-31'],
    [utc('9999-12-31') + DAY - 1, '9999-12-31'],
    [0, '1970-01-01'],
    [-1, '1969-12-31'],
    [utc('0001-01-01') - 1, undefined],
    [utc('9999-12-31') + DAY, undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [Number.NEGATIVE_INFINITY, undefined],
    [8.64e15 + 1, undefined],
  ])('formatDay(%s) is %s', (instant, expected) => {
    expect(formatDay(instant)).toBe(expected);
  });

  it(
    'formatDay agrees with toISOString and parseDay undoes it, for every instant in years 1 to 9999',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: utc('0001-01-01'), max: utc('9999-12-31') + DAY - 1 }), (instant) => {
          const day = new Date(instant).toISOString().slice(0, 10);
          expect(formatDay(instant)).toBe(day);
          expect(parseDay(day)).toBe(instant - (((instant % DAY) + DAY) % DAY));
        }),
        { numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
