import {
  DAY_MS,
  formatUtc,
  formatYear,
  startOfNextUnit,
  utcParts,
  type CalendarForm,
} from '../../domain/calendar';
import { formatCount } from '../../domain/count-format';
import { formatEdtf } from '../../domain/date-format';
import { isApproximate, isUncertain } from '../../domain/edtf';
import { drawnRange } from '../../domain/event-index';
import { BUCKET_UNITS, type BucketUnit } from '../../domain/time-buckets';
import type { CategoryInfo } from '../../domain/categories';
import type { EdtfDate, Era, TimelineEvent } from '../../domain/types';

/*
 * Maps events to plain vis-timeline item records (pure; no widget here). A date known only to the month, year
 * or as a span is drawn as a range over all of it, never as a made-up exact day; an open start is drawn as a
 * fading lead-in so the bar does not claim a start the source never gave.
 */

/**
 * Room kept on the right of a fitted window, in pixels, for the label of one of the latest events (the label,
 * and the dot or gap before it): 60% of a narrow timeline, up to 300 px on a wide one.
 */
export function labelRoomPx(widthPx: number): number {
  return Math.round(Math.min(300, Math.max(150, widthPx * LABEL_SHARE)));
}

/** The most of a timeline's width kept for labels: the events spread over the rest. */
const LABEL_SHARE = 0.6;

/** What of a label's room the dot or gap before it and its padding take. */
const LABEL_INSET_PX = 40;

/** The widest a label is drawn on a timeline `widthPx` wide; a longer one is cut with an ellipsis. */
export function labelWidthPx(widthPx: number): number {
  return labelRoomPx(widthPx) - LABEL_INSET_PX;
}

export interface TimelineItem {
  readonly id: string;
  readonly kind: 'event' | 'aggregate' | 'era';
  readonly start: Date;
  readonly end?: Date;
  readonly type: 'point' | 'range' | 'background';
  readonly className: string;
  /** Required by vis-timeline's types; never rendered, because the item template draws `label` as text. */
  readonly content: '';
  readonly label: string;
  /** What assistive technology announces for the item: its title and its date in words. */
  readonly accessibleName: string;
  /** A short visible mark for how the date is qualified: "≈" approximate, "?" uncertain. */
  readonly marker: string;
  /** An aggregate the timeline cannot zoom into any further: choosing it opens its events in the list. */
  readonly opensInList?: true;
  /** An aggregate's bar: its height as a share of the tallest bar drawn, and its parts by category. */
  readonly bar?: { readonly share: number; readonly parts: readonly BarPart[] };
}

/** The events of one category within a count's bar, drawn in the category's colour. */
export interface BarPart {
  readonly slot: number;
  readonly count: number;
}

function isSingleDay(date: EdtfDate): boolean {
  return date.kind === 'point' && date.point.precision === 'day';
}

export function dateMarker(date: EdtfDate): string {
  return [isApproximate(date) && '≈', isUncertain(date) && '?'].filter(Boolean).join('');
}

export function toEventItem(event: TimelineEvent, categorySlot: number): TimelineItem {
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
    kind: 'event',
    // A single day is placed at noon so that it sits in the middle of its day on the axis.
    start: new Date(single ? range.start + DAY_MS / 2 : range.start),
    ...(!single && { end: new Date(range.end) }),
    // A day is a dot with its label beside it: a box would hang from the axis on a line that crosses every
    // label stacked above it.
    type: single ? 'point' : 'range',
    className: classes.join(' '),
    content: '',
    label: event.title,
    accessibleName: `${event.title}, ${formatEdtf(event.date)}`,
    marker: dateMarker(event.date),
  };
}

/** Era ids cannot clash with event ids (slugs without ":") or aggregate ids. */
const ERA_PREFIX = 'era:';

/**
 * An era as a band behind the events over its whole span, its name at its top; nothing where the browser's
 * dates cannot reach it (an era of the Big Bang). Bands are not events: they are not chosen, counted or filtered.
 */
export function toEraItem(era: Era, position: number): TimelineItem | undefined {
  const range = drawnRange(era.date);
  if (!Number.isFinite(range.start) || !Number.isFinite(range.end)) return undefined;
  return {
    id: `${ERA_PREFIX}${position}`,
    kind: 'era',
    start: new Date(range.start),
    end: new Date(range.end),
    type: 'background',
    className: 'era-band',
    content: '',
    label: era.title,
    accessibleName: `Era: ${era.title}, ${formatEdtf(era.date)}`,
    marker: '',
  };
}

/** The bands of a dataset's eras that can be drawn, in the dataset's order. */
export function eraItems(eras: readonly Era[]): TimelineItem[] {
  return eras.flatMap((era, position) => toEraItem(era, position) ?? []);
}

export const RELATED_CLASS = 'is-related';

/**
 * Marks the items of events related to the selected one, visibly and in their accessible name. Items that
 * do not change keep their identity, so pushing the result to the widget touches only the marked ones.
 */
export function withRelated(items: readonly TimelineItem[], relatedIds: ReadonlySet<string>): TimelineItem[] {
  if (relatedIds.size === 0) return items as TimelineItem[];
  return items.map((item) =>
    relatedIds.has(item.id)
      ? {
          ...item,
          className: `${item.className} ${RELATED_CLASS}`,
          accessibleName: `${item.accessibleName}, related to the selected event`,
        }
      : item,
  );
}

/**
 * What to remove from and add to the widget so that it shows `next`, given what it shows now. A changed item
 * is replaced (removed, then added) rather than updated: vis-timeline redraws an updated item at once, one
 * forced layout per item (hundreds of milliseconds when a filter recounts every aggregate bar), but lays out
 * added items together in its next frame.
 */
export function itemChanges(
  shown: ReadonlyMap<string, TimelineItem>,
  next: readonly TimelineItem[],
): { remove: string[]; add: TimelineItem[] } {
  const keep = new Set(next.map((item) => item.id));
  const add = next.filter((item) => !sameItem(shown.get(item.id), item));
  return {
    remove: [
      ...[...shown.keys()].filter((id) => !keep.has(id)),
      ...add.filter((item) => shown.has(item.id)).map((item) => item.id),
    ],
    add,
  };
}

/** Equal as drawn: aggregates are rebuilt on every window change, mostly with the same counts. */
function sameItem(shown: TimelineItem | undefined, next: TimelineItem): boolean {
  if (shown === next) return true;
  return (
    shown !== undefined &&
    shown.label === next.label &&
    shown.className === next.className &&
    shown.accessibleName === next.accessibleName &&
    shown.bar?.share === next.bar?.share &&
    shown.start.getTime() === next.start.getTime() &&
    shown.end?.getTime() === next.end?.getTime()
  );
}

/**
 * The window that shows a span of events, for the initial view and "Fit all", on a timeline `widthPx` wide: a
 * small margin on each side and, where events are drawn with labels, room on the right for the labels that run
 * on past the latest events (`labelRoomPx`, at most LABEL_SHARE of the width). Counts have no labels beside them: they
 * get the margin only.
 */
export function paddedExtent(
  extent: { start: number; end: number },
  widthPx: number,
  labelRoomPx: number,
): { start: number; end: number } {
  const span = Math.max(extent.end - extent.start, 7 * DAY_MS);
  const margin = 0.04;
  const rightShare = widthPx > 0 ? Math.max(margin, Math.min(LABEL_SHARE, labelRoomPx / widthPx)) : 0.25;
  const total = span / (1 - margin - rightShare);
  // Whole milliseconds, as the widget keeps them.
  const start = Math.round(extent.start - Math.max(total * margin, 3 * DAY_MS));
  return { start, end: Math.round(start + Math.max(total, extent.end - start + 3 * DAY_MS)) };
}

const BUCKET_FORMS: Record<Exclude<BucketUnit, 'decade'>, CalendarForm> = {
  day: 'shortDate',
  week: 'shortDate',
  month: 'monthYear',
  quarter: 'shortMonthYear',
  year: 'year',
};

/** "week of 3 Jun 2024", "May 2024", "the 2020s", "51 BC – 42 BC". */
export function describeBucket(start: number, unit: BucketUnit): string {
  if (unit === 'decade') return describeDecade(utcParts(start).year);
  const text = formatUtc(start, BUCKET_FORMS[unit]);
  if (unit === 'week') return `week of ${text}`;
  if (unit === 'quarter') return `quarter from ${text}`;
  return text;
}

/** "the 2020s"; a decade before year 1 has no such name, so its first and last years. */
function describeDecade(firstYear: number): string {
  return firstYear < 1
    ? `${formatYear(firstYear)} – ${formatYear(firstYear + 9)}`
    : `the ${formatYear(firstYear)}s`;
}

/** The shown events of one calendar bucket, per category (in the order of the legend). */
export interface CountedBucket {
  readonly start: number;
  readonly end: number;
  readonly total: number;
  readonly parts: readonly { readonly category: CategoryInfo; readonly count: number }[];
}

/**
 * The events of one bucket drawn as a bar over it, its height its count's share of `tallest` (full height at
 * or above it), stacked by category: together the bars read as a histogram. Choosing one zooms in (or opens
 * the list).
 */
export function toAggregateItem(
  bucket: CountedBucket,
  unit: BucketUnit,
  tallest: number,
  opensInList = false,
): TimelineItem {
  const count = formatCount(bucket.total);
  const parts = bucket.parts
    .map(({ category, count: inCategory }) => `${formatCount(inCategory)} ${category.label}`)
    .join(', ');
  const action = opensInList ? 'open them in the list' : 'zoom in to see them';
  return {
    id: `${AGGREGATE_PREFIX}${unit}:${bucket.start}`,
    kind: 'aggregate',
    start: new Date(bucket.start),
    end: new Date(bucket.end),
    type: 'range',
    className: opensInList ? 'aggregate-item opens-in-list' : 'aggregate-item',
    content: '',
    // The exact count, as its name says it: a speech user says what they see (WCAG 2.5.3).
    label: count,
    accessibleName: `${count} event${bucket.total === 1 ? '' : 's'}, ${describeBucket(bucket.start, unit)}: ${parts}; ${action}`,
    marker: '',
    bar: {
      share: tallest > 0 ? Math.min(1, bucket.total / tallest) : 1,
      parts: bucket.parts.map(({ category, count: inCategory }) => ({
        slot: category.slot,
        count: inCategory,
      })),
    },
    ...(opensInList && { opensInList: true }),
  };
}

/** Aggregate ids cannot clash with event ids, which are slugs without ":". */
export const AGGREGATE_PREFIX = 'aggregate:';

export function isAggregateId(id: string): boolean {
  return id.startsWith(AGGREGATE_PREFIX);
}

/** The bucket an aggregate item stands for, and its unit, read back from its id. */
export function aggregateBucket(id: string): { start: number; end: number; unit: BucketUnit } | null {
  const [unit, start] = id.slice(AGGREGATE_PREFIX.length).split(':');
  const from = Number(start);
  if (
    !isAggregateId(id) ||
    !(BUCKET_UNITS as readonly string[]).includes(unit ?? '') ||
    !Number.isFinite(from)
  ) {
    return null;
  }
  return { start: from, end: startOfNextUnit(from, unit as BucketUnit), unit: unit as BucketUnit };
}

const UNIT_SPANS: Record<BucketUnit, string> = {
  day: 'one day',
  week: 'one week',
  month: 'one month',
  quarter: 'three months',
  year: 'one year',
  decade: 'ten years',
};

/** What the bars of a unit stand for, said once above them. */
export function countsNote(unit: BucketUnit): string {
  return `Too many events to draw one by one here: each bar counts the events of ${UNIT_SPANS[unit]}, by category. Zoom in or choose a bar to see them.`;
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
