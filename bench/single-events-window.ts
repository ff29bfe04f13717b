import { drawnRange } from '../src/domain/event-index';
import { parseEdtf } from '../src/domain/edtf';
import { bufferedRange, MAX_EVENT_ITEMS } from '../src/timeline/level-of-detail';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** Kept below the app's limit: the window the app settles on may differ from the link's by its rounding. */
const HEADROOM = 0.95;

/** How many of the sorted values are below `limit` (or at most `limit`, with `inclusive`). */
function countBelow(sorted: Float64Array, limit: number, inclusive = false): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < limit || (inclusive && sorted[middle] === limit)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The week our app draws as the most single events: of the week-wide windows starting on each day, the one
 * whose buffered range (where the app counts events to choose between events and counts) holds the most
 * events while still within the app's limit for single events. Pan and zoom there are the hardest the
 * widget meets, since beyond the limit the app draws counts. `from` and `to` are inclusive days, as in links.
 */
export function busiestSingleEventWeek(
  dates: readonly string[],
): { from: string; to: string; events: number } | undefined {
  const ranges = dates.flatMap((text) => {
    const parsed = parseEdtf(text);
    return parsed.ok ? [drawnRange(parsed.value)] : [];
  });
  const starts = Float64Array.from(ranges, (range) => range.start).sort();
  const ends = Float64Array.from(ranges, (range) => range.end).sort();
  if (starts.length === 0) return undefined;
  let best: { start: number; events: number } | undefined;
  for (let day = Math.floor(starts[0]! / DAY) * DAY; day <= ends.at(-1)!; day += DAY) {
    const range = bufferedRange({ start: day, end: day + WEEK });
    // Drawn within the range: starting before its end, minus those that ended by its start.
    const events = countBelow(starts, range.end) - countBelow(ends, range.start, true);
    if (events <= MAX_EVENT_ITEMS * HEADROOM && events > (best?.events ?? 0)) best = { start: day, events };
  }
  if (!best) return undefined;
  const day = (time: number) => new Date(time).toISOString().slice(0, 10);
  return { from: day(best.start), to: day(best.start + WEEK - DAY), events: best.events };
}
