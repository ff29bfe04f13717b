import { DAY_MS, formatUtc, startOfUnit, WEEK_MS } from '../src/domain/calendar';
import { previewIndex, previewOf } from '../src/domain/draw-preview';
import { countInRange } from '../src/domain/event-index';
import { bufferedRange, chooseDetail } from '../src/features/timeline/level-of-detail';

/** The window the app settles on may differ from the link's by its rounding: the week must pass when this much wider. */
const HEADROOM = 0.05;

/**
 * The week our app draws as the most single events: of the week-wide windows starting on each day, the one
 * whose buffered range (where the app counts events to choose between events and counts) holds the most
 * events while the app's own rule (chooseDetail) still draws them one by one. Pan and zoom there are the
 * hardest the widget meets, since beyond that the app draws counts. `from` and `to` are inclusive days, as in
 * links.
 */
export function busiestSingleEventWeek(
  dates: readonly string[],
): { from: string; to: string; events: number } | undefined {
  const index = previewIndex(previewOf(dates.map((date) => ({ date, category: 'any' }))));
  const count = index.starts.length;
  if (count === 0) return undefined;
  const all = new Uint8Array(count).fill(1);
  const last = index.ends.reduce((latest, end) => Math.max(latest, end), -Infinity);
  let best: { start: number; events: number } | undefined;
  for (let day = startOfUnit(index.starts[index.byStart[0]!]!, 'day'); day <= last; day += DAY_MS) {
    const range = bufferedRange({ start: day, end: day + WEEK_MS });
    const events = countInRange(index, all, range.start, range.end, Infinity);
    if (events <= (best?.events ?? 0)) continue;
    const margin = (WEEK_MS * HEADROOM) / 2;
    const widened = { start: day - margin, end: day + WEEK_MS + margin };
    if (chooseDetail(index, all, count, widened).level === 'events') best = { start: day, events };
  }
  if (!best) return undefined;
  return {
    from: formatUtc(best.start, 'isoDay'),
    to: formatUtc(best.start + WEEK_MS - DAY_MS, 'isoDay'),
    events: best.events,
  };
}
