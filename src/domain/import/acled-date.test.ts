import { describe, expect, it } from 'vitest';
import { parseAcledDate } from './acled-date';

describe('parseAcledDate', () => {
  it.each([
    ['2024-11-17', '2024-11-17'],
    ['2024-1-5', '2024-01-05'],
    ['17 November 2024', '2024-11-17'],
    ['17-November-2024', '2024-11-17'],
    ['17 Nov 2024', '2024-11-17'],
    ['07-nov-2024', '2024-11-07'],
    ['1 Sept 2024', '2024-09-01'],
    ['11/17/2024', '2024-11-17'],
    ['2/29/2024', '2024-02-29'],
    ['  2024-11-17 ', '2024-11-17'],
  ])('reads %j as %j', (text, edtf) => {
    expect(parseAcledDate(text)).toEqual({ ok: true, edtf });
  });

  it.each([
    ['2024-13-45', '"2024-13-45" has month 13, not 01 to 12'],
    ['2023-02-29', '"2023-02-29" has day 29, but that month has 28 days'],
    ['31 April 2024', '"31 April 2024" is read as "2024-04-31" has day 31, but that month has 30 days'],
    ['17 Brumaire 2024', '"17 Brumaire 2024": "Brumaire" is not a month name'],
    [
      '17/11/2024',
      '"17/11/2024" has month 17: dates with slashes are read as month/day/year, e.g. 11/17/2024',
    ],
    ['17 November-2024', expect.stringContaining('is not a date in a form ACLED exports use')],
    ['2024-11-17T10:00:00Z', expect.stringContaining('is not a date in a form ACLED exports use')],
    ['yesterday', expect.stringContaining('(2024-11-17, 17 November 2024, 17-November-2024')],
    ['17.11.2024', expect.stringContaining('is not a date in a form ACLED exports use')],
  ])('rejects %j', (text, error) => {
    expect(parseAcledDate(text)).toEqual({ ok: false, error });
  });
});
