import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { categoriesOf } from '../../domain/categories';
import { adjacentEvent } from '../../domain/filter-events';
import { listRows, rowIndexOf } from '../../domain/list-rows';
import { nearestScroll } from '../../domain/nearest-scroll';
import { selectVisibleEvents } from '../../state/selectors';
import { useAppState } from '../../state/store-context';
import { EventEntry } from './EventEntry';
import './list-view.css';

/** A first guess at a row's height before it is measured; rows with a month heading are taller. */
const ESTIMATED_ROW = 190;
const ESTIMATED_HEADING = 44;

export interface ListViewProps {
  /** Given the selected entry's row once a new selection has scrolled into the list's box. */
  readonly onSelectionShown?: (element: HTMLElement) => void;
}

/** Whether `row` shows whole in the list's box (or fills it, when taller). */
function showsIn(row: Element, scroller: Element): boolean {
  const { top, bottom } = row.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  return nearestScroll({ start: top, end: bottom }, { start: box.top, end: box.bottom }) === 0;
}

/**
 * The list view: the filtered events in time order under month headings, the same selection as the timeline.
 * Only the rows in (and just around) the scrolled-to part are in the DOM, so 100,000 events cost no more than
 * ten; each row still says where it sits in the whole list (aria-posinset of aria-setsize).
 */
export function ListView({ onSelectionShown }: ListViewProps) {
  const dataset = useAppState((state) => state.dataset);
  const visibleEvents = useAppState(selectVisibleEvents);
  const selectedEventId = useAppState((state) => state.selectedEventId);
  const selectEvent = useAppState((state) => state.selectEvent);

  const rows = useMemo(() => listRows(visibleEvents), [visibleEvents]);
  const slots = useMemo(
    () => new Map(categoriesOf(dataset.events).map((category) => [category.id, category.slot])),
    [dataset],
  );

  const scrollerRef = useRef<HTMLDivElement>(null);
  // The virtualizer keeps its own state outside React; nothing here memoises values derived from it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: (index) => ESTIMATED_ROW + (rows[index]?.group ? ESTIMATED_HEADING : 0),
    getItemKey: (index) => rows[index]?.event.id ?? index,
    overscan: 3,
  });

  // A selection made elsewhere (the timeline, a link, Back, the details' step buttons) scrolls into view
  // once; the list does not pull the reader back to it while they scroll on.
  const selectedIndex = rowIndexOf(rows, selectedEventId);
  const followed = useRef<string | null>(null);
  // The selection to hand to onSelectionShown once its row is drawn and the box has stopped scrolling.
  const pendingShown = useRef<string | null>(null);
  useEffect(() => {
    if (selectedIndex < 0 || followed.current === selectedEventId) return;
    followed.current = selectedEventId;
    pendingShown.current = selectedEventId;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [virtualizer, selectedIndex, selectedEventId]);

  const buttonFor = (eventId: string) =>
    scrollerRef.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(eventId)}"]`);

  // After every render, as the virtualizer re-renders when its box starts and stops scrolling.
  useEffect(() => {
    const row = pendingShown.current === null ? null : buttonFor(pendingShown.current)?.closest('li');
    if (!row || !scrollerRef.current || virtualizer.isScrolling || !showsIn(row, scrollerRef.current)) return;
    pendingShown.current = null;
    onSelectionShown?.(row);
  });

  // Keyboard focus asked for a row that was not rendered yet: focus it once the virtualizer has drawn it.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const button = pendingFocus.current === null ? undefined : buttonFor(pendingFocus.current);
    if (!button) return;
    pendingFocus.current = null;
    button.focus();
  });

  const focusRow = (index: number) => {
    const row = rows[index];
    if (!row) return;
    const button = buttonFor(row.event.id);
    if (button) return button.focus();
    pendingFocus.current = row.event.id;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  const onKeyDown = (keyEvent: KeyboardEvent<HTMLUListElement>) => {
    const eventId = (keyEvent.target as HTMLElement).dataset.eventId;
    if (eventId === undefined) return;
    const index = rowIndexOf(rows, eventId);
    const moves: Partial<Record<string, number>> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[keyEvent.key];
    if (target !== undefined) {
      keyEvent.preventDefault();
      focusRow(target);
    } else if (keyEvent.key === 'ArrowLeft' || keyEvent.key === 'ArrowRight') {
      // As on the timeline: select the previous or next event.
      const next = adjacentEvent(
        visibleEvents,
        selectedEventId ?? eventId,
        keyEvent.key === 'ArrowLeft' ? 'previous' : 'next',
      );
      if (!next) return;
      keyEvent.preventDefault();
      selectEvent(next.id);
      focusRow(rowIndexOf(rows, next.id));
    }
  };

  return (
    <section className="list-region" aria-labelledby="list-heading">
      <div className="list-toolbar">
        <h2 id="list-heading" className="list-heading">
          List
        </h2>
        <p className="list-hint" id="list-hint">
          Events in time order. ↑ and ↓ move between them; ← and → select the previous or next.
        </p>
      </div>
      {rows.length === 0 ? (
        <p className="list-empty">No events match the filters. Change them above to see events again.</p>
      ) : (
        <div ref={scrollerRef} className="list-scroller">
          <ul
            className="event-list"
            role="list"
            aria-label="Events"
            aria-describedby="list-hint"
            onKeyDown={onKeyDown}
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((virtualRow) => {
              const row = rows[virtualRow.index];
              if (!row) return null;
              const { event, group } = row;
              const selected = event.id === selectedEventId;
              return (
                <li
                  key={virtualRow.key}
                  ref={virtualizer.measureElement}
                  data-index={virtualRow.index}
                  role="listitem"
                  aria-setsize={rows.length}
                  aria-posinset={virtualRow.index + 1}
                  className="list-row"
                  style={{ transform: `translateY(${virtualRow.start}px)` }}
                >
                  {group && (
                    <h3 className="list-month">
                      {group.label}{' '}
                      <span className="list-month-count">
                        ({group.size} {group.size === 1 ? 'event' : 'events'})
                      </span>
                    </h3>
                  )}
                  {/* The whole entry answers a click or tap; the title button is the keyboard's way in. */}
                  <div
                    className={`list-entry category-${slots.get(event.category) ?? 0}${selected ? ' is-selected' : ''}`}
                    onClick={() => selectEvent(event.id)}
                  >
                    <EventEntry
                      event={event}
                      dataset={dataset}
                      title={
                        <h4 className="entry-title">
                          <button
                            type="button"
                            className="entry-button"
                            data-event-id={event.id}
                            aria-current={selected ? 'true' : undefined}
                          >
                            {event.title}
                          </button>
                        </h4>
                      }
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
