/** How many cases a fast-check property tries. */
export const PROPERTY_RUNS = 5_000;
/** Generous, so a busy machine does not fail a property that passes. */
export const PROPERTY_TIMEOUT = 120_000;

/** UTC midnight of a `YYYY-MM-DD` day, computed independently of the code under test. */
export const utc = (day: string): number => new Date(`${day}T00:00:00Z`).getTime();
