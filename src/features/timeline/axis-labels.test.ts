import moment from 'moment';
import { describe, expect, it } from 'vitest';
import { utcInstant } from '../../domain/calendar';
import { majorAxisLabel, minorAxisLabel } from './axis-labels';

/** As the timeline hands dates to its labels: a moment in UTC. */
const at = (year: number, month = 1, day = 1) => moment(utcInstant(year, month, day)).utc();

describe('the axis labels', () => {
  it('write years before 1 by era, as the details do', () => {
    expect(minorAxisLabel(at(-44), 'year')).toBe('45 BC');
    expect(minorAxisLabel(at(0), 'year')).toBe('1 BC');
    expect(majorAxisLabel(at(-415, 6), 'month')).toBe('416 BC');
    expect(majorAxisLabel(at(-44, 3, 15), 'day')).toBe('March 45 BC');
  });

  it('keep vis-timeline’s forms for years from 1 on', () => {
    expect(minorAxisLabel(at(2024), 'year')).toBe('2024');
    expect(minorAxisLabel(at(2024, 11), 'month')).toBe('Nov');
    expect(majorAxisLabel(at(2024, 11), 'month')).toBe('2024');
    expect(majorAxisLabel(at(2024, 11, 17), 'day')).toBe('November 2024');
    expect(minorAxisLabel(at(2024, 11, 17), 'day')).toBe('17');
    expect(majorAxisLabel(at(2024, 11, 17), 'hour')).toBe('Sun 17 November');
  });

  it('give the year scale no major label', () => {
    expect(majorAxisLabel(at(2024), 'year')).toBe('');
  });

  it('leave a month’s first day to the month, on a week scale, unless a week starts there', () => {
    // 1 November 2024 was a Friday; 1 December 2024 a Sunday, the first day of moment's English week.
    expect(minorAxisLabel(at(2024, 11, 1), 'week')).toBe('');
    expect(minorAxisLabel(at(2024, 12, 1), 'week')).not.toBe('');
  });
});
