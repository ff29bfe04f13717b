import { formatEdtf } from '../domain/date-format';
import { dateBounds, isApproximate, isOpenEnd, isUncertain } from '../domain/edtf';
import type { CategoryInfo } from '../domain/categories';
import type { EdtfDate, TimelineEvent } from '../domain/types';

/*
 * Maps events to plain vis-timeline item records (pure; no widget here). A date known only to the month, year
 * or as a span is drawn as a range over all of it, never as a made-up exact day; an open start is drawn as a
 * fading lead-in so the bar does not claim a start the source never gave.
 */

const DAY = 86_400_000;
/** Length of the faded lead-in or tail drawn for an open or unknown end. */
export const OPEN_END_SPAN = 30 * DAY;
/** Share of the drawn span added on the right so late labels stay on screen. */
const LABEL_ALLOWANCE = 0.25;

export interface EventItem {
  readonly id: string;
  readonly start: Date;
  readonly end?: Date;
  readonly type: 'box' | 'range';
  readonly className: string;
  /** Required by vis-timeline's types; never rendered, because the item template draws `label` as text. */
  readonly content: '';
  readonly label: string;
  /** What assistive technology announces for the item: its title and its date in words. */
  readonly accessibleName: string;
  /** A short visible mark for how the date is qualified: "≈" approximate, "?" uncertain. */
  readonly marker: string;
}

function drawnRange(date: EdtfDate): { start: number; end: number; openStart: boolean; openEnd: boolean } {
  const { earliest, latest } = dateBounds(date);
  const openStart = date.kind === 'interval' && isOpenEnd(date.start);
  const openEnd = date.kind === 'interval' && isOpenEnd(date.end);
  const start = Number.isFinite(earliest) ? earliest : latest - OPEN_END_SPAN;
  const end = Number.isFinite(latest) ? latest : earliest + OPEN_END_SPAN;
  return { start, end, openStart, openEnd };
}

function isSingleDay(date: EdtfDate): boolean {
  return date.kind === 'point' && date.point.precision === 'day';
}

export function dateMarker(date: EdtfDate): string {
  return [isApproximate(date) && '≈', isUncertain(date) && '?'].filter(Boolean).join('');
}

export function toEventItem(event: TimelineEvent, categorySlot: number): EventItem {
  const range = drawnRange(event.date);
  const single = isSingleDay(event.date);
  const classes = [
    'event-item',
    `category-${categorySlot}`,
    single ? 'is-day' : 'is-span',
    range.openStart && 'is-open-start',
    range.openEnd && 'is-open-end',
    isApproximate(event.date) && 'is-approximate',
    isUncertain(event.date) && 'is-uncertain',
  ].filter(Boolean);
  return {
    id: event.id,
    // A single day is placed at noon so that it sits in the middle of its day on the axis.
    start: new Date(single ? range.start + DAY / 2 : range.start),
    ...(!single && { end: new Date(range.end) }),
    type: single ? 'box' : 'range',
    className: classes.join(' '),
    content: '',
    label: event.title,
    accessibleName: `${event.title}, ${formatEdtf(event.date)}`,
    marker: dateMarker(event.date),
  };
}

export function toEventItems(
  events: readonly TimelineEvent[],
  categories: readonly CategoryInfo[],
): EventItem[] {
  const slots = new Map(categories.map((category) => [category.id, category.slot]));
  return events.map((event) => toEventItem(event, slots.get(event.category) ?? 0));
}

/**
 * The time span that shows every item, for the initial view and "Fit all": a small margin on the left and a
 * wider one on the right, where labels of bars that end late run past their bars.
 */
export function itemsExtent(items: readonly EventItem[]): { start: number; end: number } | null {
  if (items.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    start = Math.min(start, item.start.getTime());
    end = Math.max(end, (item.end ?? item.start).getTime());
  }
  const margin = Math.max((end - start) * 0.04, 3 * DAY);
  return { start: start - margin, end: end + margin + (end - start) * LABEL_ALLOWANCE };
}

/**
 * The window `factor` times as wide (below 1: zoomed in) about the same centre, its width kept within
 * `[minSpan, maxSpan]`.
 */
export function scaleWindow(
  window: { start: number; end: number },
  factor: number,
  { minSpan, maxSpan }: { minSpan: number; maxSpan: number },
): { start: number; end: number } {
  const centre = (window.start + window.end) / 2;
  const span = Math.min(maxSpan, Math.max(minSpan, (window.end - window.start) * factor));
  return { start: centre - span / 2, end: centre + span / 2 };
}
