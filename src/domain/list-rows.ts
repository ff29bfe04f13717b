import { formatUtc, formatYear } from './calendar';
import { edtfText, isOpenEnd } from './edtf';
import type { EdtfDate, EdtfPoint, TimelineEvent } from './types';

/*
 * The list view's rows: the events in time order, each run of events in the same month under one heading.
 * The heading names the month the event sorts by (its start, or its end where the source gives no start), so
 * the list reads in the same order as the timeline and as ← and →. A date known only to the year is not
 * filed under January: it gets a heading of its own year.
 */

export interface ListGroup {
  /** Stable key of the group: `2024-11` for a month, `2024` for a year-only date, `undated` for `../..`. */
  readonly key: string;
  /** "November 2024", "2024", "No date". */
  readonly label: string;
  /** How many events the run under this heading holds. */
  readonly size: number;
}

export interface ListRow {
  readonly event: TimelineEvent;
  /** Present on the first row of each run: the heading drawn above it. */
  readonly group?: ListGroup;
}

/** The point the event sorts by: its start, or its end where the start is open or unknown. */
function anchorOf(date: EdtfDate): EdtfPoint | undefined {
  if (date.kind === 'point') return date.point;
  if (!isOpenEnd(date.start)) return date.start;
  return isOpenEnd(date.end) ? undefined : date.end;
}

function groupKey(anchor: EdtfPoint | undefined): string {
  if (!anchor) return 'undated';
  return anchor.precision === 'year' ? edtfText(anchor.year) : edtfText(anchor.year, anchor.month ?? 1);
}

function groupLabel(anchor: EdtfPoint | undefined): string {
  if (!anchor) return 'No date';
  return anchor.precision === 'year' ? formatYear(anchor.year) : formatUtc(anchor.earliest, 'monthYear');
}

export function listGroupOf(date: EdtfDate): Omit<ListGroup, 'size'> {
  const anchor = anchorOf(date);
  const key = groupKey(anchor);
  return { key, label: groupLabel(anchor) };
}

/**
 * One row per event, in the order given (the dataset's time order); a heading wherever the group changes. Its
 * label is worded once per run, not once per event (100,000 of them on every filter).
 */
export function listRows(events: readonly TimelineEvent[]): ListRow[] {
  const rows: { event: TimelineEvent; group?: { key: string; label: string; size: number } }[] = [];
  let current: { key: string; label: string; size: number } | undefined;
  for (const event of events) {
    if (current?.key === groupKey(anchorOf(event.date))) {
      current.size += 1;
      rows.push({ event });
    } else {
      current = { ...listGroupOf(event.date), size: 1 };
      rows.push({ event, group: current });
    }
  }
  return rows;
}

/** Where an event sits among the rows, or -1. */
export function rowIndexOf(rows: readonly ListRow[], eventId: string | null): number {
  return eventId === null ? -1 : rows.findIndex((row) => row.event.id === eventId);
}
