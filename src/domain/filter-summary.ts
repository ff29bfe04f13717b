/*
 * Filters in words, for the status line, the screen-reader announcement and the printout, so that all three
 * say the same thing.
 */
import { formatCount } from './count-format';

/** "Showing 3 of 8 events". */
export function describeFilterResult(shown: number, total: number): string {
  return `Showing ${formatCount(shown)} of ${formatCount(total)} ${total === 1 ? 'event' : 'events'}`;
}

export interface ActiveFilters {
  /** Names of the actors kept; null when every actor is. */
  readonly actors: readonly string[] | null;
  /** Labels of the categories kept; null when every category is. */
  readonly categories: readonly string[] | null;
  readonly query: string;
}

/** 'Actors: Joe Biden, Russia. Search: “strike”.', or '' when nothing is filtered. */
export function describeFilters({ actors, categories, query }: ActiveFilters): string {
  const list = (names: readonly string[]) => (names.length === 0 ? 'none' : names.join(', '));
  return [
    actors && `Actors: ${list(actors)}.`,
    categories && `Categories: ${list(categories)}.`,
    query && `Search: “${query}”.`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** How many filters narrow the events (actors, categories, search): the count on the phones' "Filters" button. */
export function countActiveFilters({ actors, categories, query }: ActiveFilters): number {
  return [actors !== null, categories !== null, query !== ''].filter(Boolean).length;
}
