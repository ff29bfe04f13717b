/* fast-check settings, and the arbitraries of a URL's values that several property tests share. */
import fc from 'fast-check';
import { DAY_MS } from '../domain/calendar';
import { dayText, utc } from './days';

/** How many cases a fast-check property tries. */
export const PROPERTY_RUNS = 5_000;
/** Generous, so a busy machine does not fail a property that passes. */
export const PROPERTY_TIMEOUT = 120_000;

/** An id as the URL and the dataset contract allow it: lower-case words joined by hyphens, at most 80 long. */
export const idArb = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((id) => id.length <= 80);

/** A `YYYY-MM-DD` day of years 1 to 9999, the days a URL can carry. */
const dayArb = fc
  .integer({ min: utc('0001-01-01') / DAY_MS, max: utc('9999-12-31') / DAY_MS })
  .map((days) => dayText(days * DAY_MS));

/** A URL's `from` and `to`, in order. */
export const windowArb = fc
  .tuple(dayArb, dayArb)
  .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
