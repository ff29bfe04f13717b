import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { adjacentEvent } from '../../domain/filter-events';
import { selectVisibleEvents } from '../../state/selectors';
import { useAppState } from '../../state/store-context';
import { isAggregateId } from './vis-items';
import { whenSettled } from './when-settled';

/**
 * The timeline's own keys: Enter or Space on an item's label chooses it (a count zooms in or opens the list,
 * through `openAggregate`), ← and → step through the shown events, keeping the focus on the labels. A preview
 * has no events to step through (those of the dataset it replaces are not shown): `steppable` is false.
 */
export function useTimelineKeys(
  containerRef: RefObject<HTMLElement | null>,
  openAggregate: (id: string) => void,
  steppable: boolean,
) {
  const visibleEvents = useAppState(selectVisibleEvents);
  const selectedEventId = useAppState((state) => state.selectedEventId);
  const selectEvent = useAppState((state) => state.selectEvent);
  const cancelFocus = useRef<(() => void) | null>(null);
  useEffect(() => () => cancelFocus.current?.(), []);

  // The label is focused once drawn: an item marked or unmarked as related is drawn anew a frame later.
  const focusItemLabel = (eventId: string) => {
    cancelFocus.current?.();
    cancelFocus.current = whenSettled(
      () =>
        containerRef.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(eventId)}"]`) ?? null,
      (label) => label.focus({ preventScroll: true }),
    );
  };

  return (keyEvent: KeyboardEvent<HTMLElement>) => {
    const target = keyEvent.target as HTMLElement;
    if (target.closest('input, textarea, select')) return;
    if ((keyEvent.key === 'Enter' || keyEvent.key === ' ') && target.dataset.eventId !== undefined) {
      keyEvent.preventDefault();
      if (isAggregateId(target.dataset.eventId)) openAggregate(target.dataset.eventId);
      else selectEvent(target.dataset.eventId);
    } else if (steppable && (keyEvent.key === 'ArrowLeft' || keyEvent.key === 'ArrowRight')) {
      const next = adjacentEvent(
        visibleEvents,
        selectedEventId,
        keyEvent.key === 'ArrowLeft' ? 'previous' : 'next',
      );
      if (!next) return;
      keyEvent.preventDefault();
      selectEvent(next.id);
      if (target.dataset.eventId !== undefined) focusItemLabel(next.id);
    }
  };
}
