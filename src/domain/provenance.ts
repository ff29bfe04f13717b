import { dateBounds } from './edtf';
import type { EdtfDate, Source, TimelineEvent } from './types';

/*
 * When an event happened and when it was reported are different facts. The details show the report date only
 * where it says something the event date does not.
 */

/** True when two dates cover exactly the same time, however they are written ("2024-11-17/2024-11-17"). */
export function coverSameTime(a: EdtfDate, b: EdtfDate): boolean {
  const first = dateBounds(a);
  const second = dateBounds(b);
  return first.earliest === second.earliest && first.latest === second.latest;
}

/** The sources quoted for an event whose publication date differs from the event's date, in quoting order. */
export function reportsWithOtherDates(
  event: TimelineEvent,
  sourceById: ReadonlyMap<string, Source>,
): Source[] {
  const sourceIds = [...new Set(event.excerpts.map((excerpt) => excerpt.sourceId))];
  return sourceIds
    .map((id) => sourceById.get(id))
    .filter(
      (source): source is Source => source !== undefined && !coverSameTime(source.published, event.date),
    );
}

/**
 * Whether an event's words are checked against its source: `verified` where every quote was found in it,
 * `not-found` where a quote was not, `none` where the event has no quote at all.
 */
export type QuoteStatus = 'verified' | 'not-found' | 'none';

export function quoteStatus(event: TimelineEvent): QuoteStatus {
  if (event.quotesNotFound?.length) return 'not-found';
  return event.excerpts.length > 0 ? 'verified' : 'none';
}

/** The words shown and exported for each status. */
export const QUOTE_STATUS_TEXT: Readonly<Record<QuoteStatus, string>> = {
  verified: 'verified',
  'not-found': 'quote not found in the source',
  none: 'no quote from a source',
};
