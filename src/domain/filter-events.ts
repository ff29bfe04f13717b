import type { TimelineEvent } from './types';

/*
 * Which events a reader sees. Filters combine with AND; inside one filter, any match counts (an event with
 * Russia and Ukraine shows when either is ticked). Search folds case, accents and curly quotes, so "kyiv's"
 * finds "Kyiv’s".
 */

export interface EventFilter {
  /** Actor ids to keep; undefined keeps every event. */
  readonly actors?: readonly string[];
  /** Category ids to keep; undefined keeps every event. */
  readonly categories?: readonly string[];
  readonly query?: string;
}

export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase();
}

const searchTexts = new WeakMap<TimelineEvent, string>();

/** Title, summary and quotes of an event, folded once and remembered for the event's lifetime. */
function searchTextOf(event: TimelineEvent): string {
  let text = searchTexts.get(event);
  if (text === undefined) {
    text = foldForSearch(
      [event.title, event.summary, ...event.excerpts.map((excerpt) => excerpt.exact)].join('\n'),
    );
    searchTexts.set(event, text);
  }
  return text;
}

function queryTerms(query: string | undefined): string[] {
  return query ? foldForSearch(query).split(/\s+/).filter(Boolean) : [];
}

export function eventMatcher(filter: EventFilter): (event: TimelineEvent) => boolean {
  const actors = filter.actors && new Set(filter.actors);
  const categories = filter.categories && new Set(filter.categories);
  const terms = queryTerms(filter.query);
  return (event) =>
    (!actors || event.actors.some(({ actorId }) => actors.has(actorId))) &&
    (!categories || categories.has(event.category)) &&
    (terms.length === 0 || terms.every((term) => searchTextOf(event).includes(term)));
}

export function filterEvents(events: readonly TimelineEvent[], filter: EventFilter): TimelineEvent[] {
  return events.filter(eventMatcher(filter));
}

/**
 * The event before or after the selected one in time order, among `events` (already sorted). With nothing
 * selected, or the selection hidden, "next" starts at the first event and "previous" at the last.
 */
export function adjacentEvent(
  events: readonly TimelineEvent[],
  selectedId: string | null,
  direction: 'previous' | 'next',
): TimelineEvent | undefined {
  const index = selectedId === null ? -1 : events.findIndex((event) => event.id === selectedId);
  if (index === -1) return direction === 'next' ? events[0] : events.at(-1);
  return events[direction === 'next' ? index + 1 : index - 1];
}
