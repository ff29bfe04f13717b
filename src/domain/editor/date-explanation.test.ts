import { describe, expect, it } from 'vitest';
import { dateExplanationText, explainDate } from './date-explanation';

describe('explainDate', () => {
  it.each([
    ['2024-05', 'Understood as: May 2024, month only. Known to the month; the day is not given.'],
    [
      '2024-05~',
      'Understood as: About May 2024, month only. Known to the month, approximate; the day is not given.',
    ],
    ['2024-11-17', 'Understood as: Sunday 17 November 2024. Known to the day.'],
    [
      '../2024-11-17',
      'Understood as: Until Sunday 17 November 2024, start not stated. Only the end is given, known to the day; the start is not stated.',
    ],
  ])('explains %s', (input, text) => {
    expect(dateExplanationText(explainDate(input))).toBe(text);
  });

  it('says what is wrong with a day that does not exist', () => {
    expect(explainDate('2024-02-30')).toEqual({
      kind: 'problem',
      problem: '"2024-02-30" has day 30, but that month has 29 days',
    });
    expect(dateExplanationText(explainDate('2024-02-30'))).toBe(
      'Not a date: "2024-02-30" has day 30, but that month has 29 days.',
    );
  });

  it('says what is wrong with a date in another form', () => {
    expect(explainDate('May 2024')).toMatchObject({
      kind: 'problem',
      problem: expect.stringContaining('YYYY-MM'),
    });
  });

  it('has nothing to explain before anything is typed', () => {
    expect(explainDate('  ')).toEqual({ kind: 'empty' });
    expect(dateExplanationText(explainDate(''))).toBe('No date yet.');
  });
});
