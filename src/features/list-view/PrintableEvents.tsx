import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { categoriesOf } from '../../domain/categories';
import { formatCount } from '../../domain/count-format';
import { describeFilterResult, describeFilters } from '../../domain/filter-summary';
import { listRows } from '../../domain/list-rows';
import { selectVisibleEvents } from '../../state/selectors';
import { useAppState } from '../../state/store-context';
import { EventEntry } from './EventEntry';

/** More than this many events would make a printout of hundreds of pages; the rest is left to narrower filters. */
export const PRINT_LIMIT = 2_000;

/** True while the page is being printed (or print is emulated). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    const media = window.matchMedia('print');
    const onMediaChange = () => setPrinting(media.matches);
    // The browser lays out the printout right after `beforeprint`: render the list before it returns.
    const onBeforePrint = () => flushSync(() => setPrinting(true));
    const onAfterPrint = () => setPrinting(media.matches);
    media.addEventListener('change', onMediaChange);
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    return () => {
      media.removeEventListener('change', onMediaChange);
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
    };
  }, []);
  return printing;
}

/**
 * What a printout shows in place of the timeline: the filtered events in time order with every quote and a
 * link to its passage. Rendered only while printing, so the screen's DOM stays small.
 */
export function PrintableEvents() {
  return usePrinting() ? <PrintedList /> : null;
}

function PrintedList() {
  const dataset = useAppState((state) => state.dataset);
  const visibleEvents = useAppState(selectVisibleEvents);
  const actorFilter = useAppState((state) => state.actorFilter);
  const categoryFilter = useAppState((state) => state.categoryFilter);
  const query = useAppState((state) => state.query);
  const rows = useMemo(() => listRows(visibleEvents.slice(0, PRINT_LIMIT)), [visibleEvents]);
  const filters = useMemo(() => {
    const labels = new Map(categoriesOf(dataset.events).map((category) => [category.id, category.label]));
    return describeFilters({
      actors: actorFilter && actorFilter.map((id) => dataset.actorById.get(id)?.name ?? id),
      categories: categoryFilter && categoryFilter.map((id) => labels.get(id) ?? id),
      query,
    });
  }, [dataset, actorFilter, categoryFilter, query]);

  return (
    <section className="printable-events" aria-labelledby="printable-heading">
      <h2 id="printable-heading">Events in time order</h2>
      <p className="printable-filters">
        {describeFilterResult(visibleEvents.length, dataset.events.length)}. {filters}
      </p>
      <ol className="printable-list">
        {rows.map(({ event, group }) => (
          <li key={event.id}>
            {group && <h3 className="printable-month">{group.label}</h3>}
            <EventEntry
              event={event}
              dataset={dataset}
              title={<h4 className="entry-title">{event.title}</h4>}
              allQuotes
            />
          </li>
        ))}
      </ol>
      {visibleEvents.length > PRINT_LIMIT && (
        <p className="printable-limit">
          The printout stops after the first {formatCount(PRINT_LIMIT)} events. Narrow the filters to print
          the others.
        </p>
      )}
    </section>
  );
}
