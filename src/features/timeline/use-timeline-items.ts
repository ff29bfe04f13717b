import { useEffect, useMemo, useState, type RefObject } from 'react';
import { selectRelatedEventIds, type Drawing } from '../../state/selectors';
import { useAppState } from '../../state/store-context';
import {
  bucketsAcross,
  EVENT_ITEMS,
  itemsForWindow,
  MAX_BUCKETS_ACROSS,
  MAX_EVENT_ITEMS,
} from './level-of-detail';
import { aggregateBucket, eraItems, labelWidthPx, withRelated, type TimelineItem } from './vis-items';

/**
 * What the timeline's width decides, measured once it is laid out and whenever it changes: as many bars across
 * as it holds, and how wide a label may be drawn (a CSS custom property the labels read).
 */
function useBucketsAcross(containerRef: RefObject<HTMLElement | null>) {
  const [across, setAcross] = useState(MAX_BUCKETS_ACROSS);
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = entry.contentRect.width;
      setAcross(bucketsAcross(width));
      container.style.setProperty('--label-width', `${labelWidthPx(width)}px`);
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [containerRef]);
  return across;
}

const NO_ERAS: readonly TimelineItem[] = [];

/**
 * The items the widget is to hold for a drawing: its events or its counts for the store's window (see
 * level-of-detail.ts), the events related to the selection marked, and its dataset's eras as bands behind
 * them; the unit the counts are of, if any; and whether no event or count is drawn.
 */
export function useTimelineItems(drawing: Drawing, containerRef: RefObject<HTMLElement | null>) {
  const visibleWindow = useAppState((state) => state.window);
  const relatedIds = useAppState(selectRelatedEventIds);
  const eventItems = useAppState((state) => state.cache.get(EVENT_ITEMS));
  const across = useBucketsAcross(containerRef);
  // Few events are all handed over whatever the window; only many need the window to choose what to draw.
  const itemsWindow =
    drawing.kind !== 'nothing' && drawing.shownCount > MAX_EVENT_ITEMS ? visibleWindow : null;
  const drawnItems = useMemo(
    () =>
      drawing.kind === 'nothing'
        ? []
        : itemsForWindow(drawing.index, drawing.mask, drawing.shownCount, itemsWindow, drawing.categories, {
            across,
            eventItems,
          }),
    [drawing, itemsWindow, across, eventItems],
  );
  const eras = drawing.kind === 'dataset' ? drawing.dataset.eras : undefined;
  const eraBands = useMemo(() => (eras ? eraItems(eras) : NO_ERAS), [eras]);
  const items = useMemo(
    () => [...withRelated(drawnItems, relatedIds), ...eraBands],
    [drawnItems, relatedIds, eraBands],
  );
  const countedUnit = drawnItems[0] ? aggregateBucket(drawnItems[0].id)?.unit : undefined;
  return { items, countedUnit, empty: drawnItems.length === 0 };
}
