/*
 * Days and instants for tests, computed with the platform's Date, independently of the calendar module
 * (src/domain/calendar.ts) that the code under test uses.
 */

/** The instant an ISO 8601 text names in UTC; a bare `YYYY-MM-DD` day is its UTC midnight. */
export const utc = (text: string): number => Date.parse(text.includes('T') ? text : `${text}T00:00:00Z`);

/** The `YYYY-MM-DD` of the UTC day holding an instant of years 0 to 9999. */
export const dayText = (instant: number): string => new Date(instant).toISOString().slice(0, 10);
