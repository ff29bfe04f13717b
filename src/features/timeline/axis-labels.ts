import type { Moment } from 'moment';
import { formatYear } from '../../domain/calendar';

/*
 * The axis's labels, with vis-timeline's own forms, except that a year is worded by the app's calendar: years
 * before 1 by era ("45 BC", as the details say), where moment would print the astronomical "-0044".
 */
type Scale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

const MINOR: Record<Scale, string> = {
  millisecond: 'SSS',
  second: 's',
  minute: 'HH:mm',
  hour: 'HH:mm',
  weekday: 'ddd D',
  day: 'D',
  week: 'w',
  month: 'MMM',
  year: 'YYYY',
};

const MAJOR: Record<Scale, string> = {
  millisecond: 'HH:mm:ss',
  second: 'D MMMM HH:mm',
  minute: 'ddd D MMMM',
  hour: 'ddd D MMMM',
  weekday: 'MMMM YYYY',
  day: 'MMMM YYYY',
  week: 'MMMM YYYY',
  month: 'YYYY',
  year: '',
};

/** `form` with its year written as the calendar words it, as a literal moment leaves alone. */
function withCalendarYear(date: Moment, form: string): string {
  // No form is no label (moment would print its default form).
  if (form === '') return '';
  return date.format(form.replace('YYYY', `[${formatYear(date.year())}]`));
}

export function minorAxisLabel(date: Moment, scale: Scale): string {
  // As vis-timeline does: a week that does not start on the 1st leaves that day to the month's label.
  if (scale === 'week' && date.date() === 1 && date.weekday() !== 0) return '';
  return withCalendarYear(date, MINOR[scale]);
}

export function majorAxisLabel(date: Moment, scale: Scale): string {
  return withCalendarYear(date, MAJOR[scale]);
}
