import {
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineAnimationOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { categoriesOf, type CategoryInfo } from '../../domain/categories';
import { previewIndex, previewOf, type DrawPreview } from '../../domain/draw-preview';
import { formatWindow } from '../../domain/date-format';
import { eventIndexOf, shownExtent, type EventIndex } from '../../domain/event-index';
import type { Dataset } from '../../domain/types';
import { adjacentEvent } from '../../domain/filter-events';
import { nearestScroll } from '../../domain/nearest-scroll';
import { choicesFromView } from '../../state/app-store';
import {
  selectOpening,
  selectRelatedEventIds,
  selectVisibleEvents,
  selectVisibleMask,
} from '../../state/selectors';
import { useAppState, useAppStoreApi } from '../../state/store-context';
import { useShortcut } from '../../shared/use-shortcut';
import { deferItemSetRedraws, itemSetOf } from './batched-item-drawing';
import { CategoryLegend } from './CategoryLegend';
import {
  bucketsAcross,
  bucketWindow,
  firstEventIn,
  itemsForWindow,
  MAX_BUCKETS_ACROSS,
  MAX_EVENT_ITEMS,
  ZOOM_LIMITS,
} from './level-of-detail';
import {
  aggregateBucket,
  countsNote,
  isAggregateId,
  itemChanges,
  paddedExtent,
  scaleWindow,
  withRelated,
  type TimelineItem,
} from './vis-items';
import { animation, timelineOptions } from './vis-options';
import { whenSettled } from './when-settled';
import './timeline.css';

/** One zoom step: the window becomes this many times narrower (in) or wider (out). */
const ZOOM_STEP = 1.5;

/** Windows closer than this are the same window (the URL keeps whole days; the widget keeps milliseconds). */
const WINDOW_TOLERANCE_MS = 60_000;

/** Space kept between a selected item and the edges of the timeline when it moves to show the item. */
const ITEM_CLEARANCE_PX = 8;

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function fitTo(
  timeline: Timeline,
  extent: { start: number; end: number } | null,
  options: TimelineAnimationOptions,
) {
  if (!extent) return null;
  const padded = paddedExtent(extent);
  timeline.setWindow(padded.start, padded.end, options);
  return padded;
}

interface Drawing {
  /** What is drawn: the open dataset, or the preview of one still being checked. */
  readonly source: Dataset | DrawPreview;
  readonly index: EventIndex;
  readonly categories: readonly CategoryInfo[];
  /** Fixed for a preview (everything shown); null when the filters decide. */
  readonly mask: Uint8Array | null;
}

function datasetDrawing(dataset: Dataset): Drawing {
  return {
    source: dataset,
    index: eventIndexOf(dataset),
    categories: categoriesOf(dataset.events),
    mask: null,
  };
}

function previewDrawing(preview: DrawPreview): Drawing {
  return {
    source: preview,
    index: previewIndex(preview),
    categories: categoriesOf(preview.categories.map((category) => ({ category }))),
    mask: new Uint8Array(preview.starts.length).fill(1),
  };
}

/** A dataset being opened, before its preview: nothing to draw yet (not the dataset it replaces). */
const NOTHING = previewDrawing(previewOf([]));

/**
 * The window moved the least that shows the whole of an item: its box or bar and its label, which runs on
 * past a short bar (its date may be in the window while its label is cut off at an edge), or the bar alone
 * where both are too wide to show. Null when that shows already, or when the bar alone is too wide.
 */
function windowShowing(timeline: Timeline, element: Element, frame: Element) {
  const box = element.getBoundingClientRect();
  const label = element.querySelector('[data-event-id]')?.getBoundingClientRect() ?? box;
  const panel = frame.getBoundingClientRect();
  const room = panel.width - 2 * ITEM_CLEARANCE_PX;
  if (box.width > room) return null;
  const whole = { start: Math.min(box.left, label.left), end: Math.max(box.right, label.right) };
  const shift = nearestScroll(
    whole.end - whole.start <= room ? whole : { start: box.left, end: box.right },
    { start: panel.left, end: panel.right },
    ITEM_CLEARANCE_PX,
  );
  if (shift === 0) return null;
  const { start, end } = timeline.getWindow();
  const msPerPixel = (end.getTime() - start.getTime()) / panel.width;
  return { start: start.getTime() + shift * msPerPixel, end: end.getTime() + shift * msPerPixel };
}

/** Makes the widget's items equal `items`, touching only what changed since the last push (`shown`). */
function syncItems(
  itemSet: DataSet<TimelineItem, 'id'>,
  shown: Map<string, TimelineItem>,
  items: readonly TimelineItem[],
) {
  const { remove, add } = itemChanges(shown, items);
  if (remove.length) itemSet.remove(remove);
  if (add.length) itemSet.add(add);
  for (const id of remove) shown.delete(id);
  for (const item of add) shown.set(item.id, item);
}

export interface TimelineViewProps {
  /** Given the selected item's element once a new selection shows whole on the timeline. */
  readonly onSelectionShown?: (element: HTMLElement) => void;
}

/**
 * The vis-timeline widget: created once on mount, fed by separate effects (items, window, selection),
 * destroyed on unmount. React never re-creates it on render.
 */
export function TimelineView({ onSelectionShown }: TimelineViewProps) {
  const store = useAppStoreApi();
  const dataset = useAppState((state) => state.dataset);
  const visibleEvents = useAppState(selectVisibleEvents);
  const selectedEventId = useAppState((state) => state.selectedEventId);
  const visibleWindow = useAppState((state) => state.window);
  const selectEvent = useAppState((state) => state.selectEvent);
  const setWindow = useAppState((state) => state.setWindow);
  const setView = useAppState((state) => state.setView);
  const showEvent = useAppState((state) => state.showEvent);

  const preview = useAppState((state) => state.loadingPreview);
  const opening = useAppState(selectOpening);
  const datasetMask = useAppState(selectVisibleMask);
  const drawing = useMemo(
    () => (preview ? previewDrawing(preview) : opening ? NOTHING : datasetDrawing(dataset)),
    [preview, opening, dataset],
  );
  const { index, categories } = drawing;
  const mask = drawing.mask ?? datasetMask;
  const shownCount = drawing.mask ? drawing.mask.length : visibleEvents.length;
  const extent = useMemo(() => shownExtent(index, mask), [index, mask]);
  // Few events are all handed over whatever the window; only many need the window to choose what to draw.
  const itemsWindow = shownCount <= MAX_EVENT_ITEMS ? null : visibleWindow;
  const relatedIds = useAppState(selectRelatedEventIds);
  // As many bars across as the timeline's width holds, measured once it is laid out.
  const [across, setAcross] = useState(MAX_BUCKETS_ACROSS);
  const drawnItems = useMemo(
    () => itemsForWindow(index, mask, shownCount, itemsWindow, categories, across),
    [index, mask, shownCount, itemsWindow, categories, across],
  );
  const countedUnit = drawnItems[0] ? aggregateBucket(drawnItems[0].id)?.unit : undefined;
  const showsCounts = countedUnit !== undefined;
  const items = useMemo(() => withRelated(drawnItems, relatedIds), [drawnItems, relatedIds]);

  const containerRef = useRef<HTMLDivElement>(null);
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [itemSet] = useState(() => new DataSet<TimelineItem, 'id'>());
  const [reducedMotion] = useState(prefersReducedMotion);
  const fittedDataset = useRef<Drawing | null>(null);
  const shownItems = useRef(new Map<string, TimelineItem>());
  // Where the zoom is heading while it animates, so that steps pressed in quick succession add up instead of
  // each starting again from a half-way window.
  const zoomTarget = useRef<{ start: number; end: number } | null>(null);
  // The window is moving to show a new selection; once it rests, the selection is shown.
  const followingSelection = useRef(false);
  // The event a link selected together with a window: that window is kept as the sender saw it.
  const linkedSelection = useRef<string | null>(null);
  // Stops waiting for the widget to draw the last selection, or the label to focus.
  const cancelWaitForSelection = useRef<(() => void) | null>(null);
  const cancelFocus = useRef<(() => void) | null>(null);

  // A point in time is drawn as a box, a line down from the axis and a dot on it: the box is the item.
  const selectedElement = () =>
    containerRef.current?.querySelector<HTMLElement>('.vis-item.vis-selected:is(.vis-box, .vis-range)') ??
    null;
  const selectionShown = useEffectEvent(() => {
    const element = selectedElement();
    if (element) onSelectionShown?.(element);
  });

  /*
   * A selection drawn in the window but cut off at its edge (a phone's fitted window cuts the boxes at its
   * ends in half) moves in whole, at once: a glide would leave the address, and a link copied from it,
   * pointing at the old window for a moment. One that shows is handed on.
   */
  const showWholeSelection = useEffectEvent((element: HTMLElement, keepWindow: boolean) => {
    const frame = containerRef.current?.querySelector('.vis-center');
    if (!timeline || !frame) return;
    const next = keepWindow ? null : windowShowing(timeline, element, frame);
    if (next) {
      followingSelection.current = true;
      setWindow(next);
    } else selectionShown();
  });

  // What choosing an aggregate bar does: zoom into its bucket, where its events come apart, or, where the
  // timeline cannot zoom in far enough to part them, open its first event in the list. The widget's listener
  // is bound once, so it calls whatever the latest render put here.
  const openAggregate = useRef<(id: string) => void>(() => undefined);
  useLayoutEffect(() => {
    openAggregate.current = (id) => {
      const bucket = aggregateBucket(id);
      if (!timeline || !bucket) return;
      timeline.setSelection([]);
      const first = itemSet.get(id)?.opensInList ? firstEventIn(index, mask, bucket) : undefined;
      if (first) showEvent(first.id, 'list');
      else {
        // The very window `opensInList` was worked out for, not one the widget widens as it likes.
        const window = bucketWindow(bucket);
        timeline.setWindow(window.start, window.end);
      }
    };
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const created = new Timeline(container, itemSet, timelineOptions(reducedMotion));
    deferItemSetRedraws(itemSetOf(created));
    created.on('select', ({ items: selected }: { items: string[] }) => {
      const [id = null] = selected;
      if (id !== null && isAggregateId(id)) openAggregate.current(id);
      else selectEvent(id);
    });
    created.on('rangechanged', ({ start, end }: { start: Date; end: Date }) => {
      // A window set without animation is reported 200 ms later, perhaps in the middle of a zoom or a glide
      // to a selection that began since (opening a count, or a link to an event, right after a dataset is
      // fitted); only the window still shown is news.
      const shown = created.getWindow();
      if (shown.start.getTime() !== start.getTime() || shown.end.getTime() !== end.getTime()) return;
      // Nor is the window of the dataset shown before one just opened and not yet fitted: taken as the new
      // one's, it would stop the fit (a file opened within 200 ms of the last window change).
      const { dataset: openDataset, loadingPreview } = store.getState();
      if (fittedDataset.current?.source !== (loadingPreview ?? openDataset)) return;
      zoomTarget.current = null;
      setWindow({ start: start.getTime(), end: end.getTime() });
      if (followingSelection.current) {
        followingSelection.current = false;
        // The widget draws the items at their new places in the next frame.
        requestAnimationFrame(() => selectionShown());
      }
    });
    setTimeline(created);
    return () => {
      cancelWaitForSelection.current?.();
      cancelFocus.current?.();
      created.destroy();
      setTimeline(null);
    };
  }, [itemSet, reducedMotion, selectEvent, setWindow, store]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setAcross(bucketsAcross(entry.contentRect.width));
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, []);

  // Bars stand side by side over their buckets; only events, which overlap, are stacked.
  useEffect(() => {
    timeline?.setOptions({ stack: !showsCounts });
  }, [timeline, showsCounts]);

  useEffect(() => {
    if (!timeline) return;
    syncItems(itemSet, shownItems.current, items);
  }, [timeline, itemSet, items]);

  useEffect(() => {
    // A newly opened dataset (or its preview) is fitted once, unless a link or the preview chose the window.
    if (!timeline || fittedDataset.current === drawing || items.length === 0) return;
    fittedDataset.current = drawing;
    const { window: openWindow, pendingView, dataUrl, loadedDataUrl, selectedEventId } = store.getState();
    // While a preview is drawn, the window is still the one of the dataset open before it; only the link
    // that asked for the new dataset can have chosen one for it.
    const chosenWindow = preview ? choicesFromView(pendingView ?? {}).window : openWindow;
    if (!chosenWindow) fitTo(timeline, extent, { animation: false });
    else if (preview) timeline.setWindow(chosenWindow.start, chosenWindow.end, { animation: false });
    if (!chosenWindow || preview) {
      // vis-timeline reports no range change for a window it already shows (a checked dataset fitted just
      // like its preview was), so the store learns the window from the widget, not from 'rangechanged'.
      const shown = timeline.getWindow();
      setWindow({ start: shown.start.getTime(), end: shown.end.getTime() });
    }
    linkedSelection.current = chosenWindow ? selectedEventId : null;
    // For benchmarks: the moment the dataset the page was asked for is first drawn, preview or not.
    if (preview || dataUrl === loadedDataUrl) requestAnimationFrame(() => performance.mark('ct:first-items'));
  }, [timeline, drawing, preview, items, extent, store, setWindow]);

  useEffect(() => {
    if (!timeline || !visibleWindow) return;
    const { start, end } = timeline.getWindow();
    const moved =
      Math.abs(start.getTime() - visibleWindow.start) > WINDOW_TOLERANCE_MS ||
      Math.abs(end.getTime() - visibleWindow.end) > WINDOW_TOLERANCE_MS;
    if (moved) timeline.setWindow(visibleWindow.start, visibleWindow.end, { animation: false });
  }, [timeline, visibleWindow]);

  const followedSelection = useRef<string | null>(null);
  useEffect(() => {
    if (!timeline) return;
    const selected = selectedEventId !== null && itemSet.get(selectedEventId);
    timeline.setSelection(selected ? [selected.id] : []);
    // Follow a new selection into view once; later filter changes must not drag the reader back to it.
    if (!selected || followedSelection.current === selected.id) return;
    followedSelection.current = selected.id;
    cancelWaitForSelection.current?.();
    const keepWindow = selected.id === linkedSelection.current;
    linkedSelection.current = null;
    const { start, end } = timeline.getWindow();
    const itemEnd = selected.end ?? selected.start;
    followingSelection.current = selected.start < start || itemEnd > end;
    if (followingSelection.current) timeline.focus(selected.id, { ...animation(reducedMotion), zoom: false });
    else {
      // An item on screen is measured at once (the address is right from the start); one not drawn yet,
      // as on opening a link, once the widget has placed it.
      const element = selectedElement();
      if (element) showWholeSelection(element, keepWindow);
      else
        cancelWaitForSelection.current = whenSettled(selectedElement, (drawn) =>
          showWholeSelection(drawn, keepWindow),
        );
    }
  }, [timeline, itemSet, items, selectedEventId, reducedMotion]);

  const zoom = (factor: number) => {
    if (!timeline) return;
    const { start, end } = timeline.getWindow();
    const from = zoomTarget.current ?? { start: start.getTime(), end: end.getTime() };
    const next = scaleWindow(from, factor, ZOOM_LIMITS);
    zoomTarget.current = next;
    timeline.setWindow(next.start, next.end, animation(reducedMotion));
  };
  const zoomIn = () => zoom(1 / ZOOM_STEP);
  const zoomOut = () => zoom(ZOOM_STEP);
  const fit = () => {
    if (timeline) zoomTarget.current = fitTo(timeline, extent, animation(reducedMotion));
  };
  useShortcut('zoom-in', zoomIn);
  useShortcut('zoom-out', zoomOut);
  useShortcut('fit', fit);

  // A preview has no events to step through (those of the dataset it replaces are not shown).
  const steppable = drawing.mask === null;
  const onKeyDown = (keyEvent: KeyboardEvent<HTMLElement>) => {
    const target = keyEvent.target as HTMLElement;
    if (target.closest('input, textarea, select')) return;
    if ((keyEvent.key === 'Enter' || keyEvent.key === ' ') && target.dataset.eventId !== undefined) {
      keyEvent.preventDefault();
      if (isAggregateId(target.dataset.eventId)) {
        openAggregate.current(target.dataset.eventId);
      } else selectEvent(target.dataset.eventId);
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

  // The label is focused once drawn: an item marked or unmarked as related is drawn anew a frame later.
  const focusItemLabel = (eventId: string) => {
    cancelFocus.current?.();
    cancelFocus.current = whenSettled(
      () =>
        containerRef.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(eventId)}"]`) ?? null,
      (label) => label.focus({ preventScroll: true }),
    );
  };

  return (
    <section className="timeline-region" aria-labelledby="timeline-heading" onKeyDown={onKeyDown}>
      <div className="timeline-toolbar">
        <h2 id="timeline-heading" className="timeline-heading">
          Timeline
        </h2>
        <output className="timeline-window" aria-label="Visible dates" aria-live="off">
          {visibleWindow ? formatWindow(visibleWindow.start, visibleWindow.end) : ''}
        </output>
        <div className="timeline-zoom" role="group" aria-label="Zoom">
          <button type="button" onClick={zoomIn}>
            <span aria-hidden="true">+</span> Zoom in
          </button>
          <button type="button" onClick={zoomOut}>
            <span aria-hidden="true">−</span> Zoom out
          </button>
          <button type="button" onClick={fit}>
            Fit all
          </button>
        </div>
      </div>
      <p className="timeline-hint" id="timeline-hint">
        Drag or swipe to move through time; scroll or pinch to zoom. With the keyboard, ← and → step through
        events, + and − zoom, 0 fits them all. The same events are available as a list:{' '}
        <button type="button" className="timeline-to-list" onClick={() => setView('list')}>
          switch to List view
        </button>
        .
      </p>
      {countedUnit && <p className="timeline-counts-note">{countsNote(countedUnit)}</p>}
      <div
        ref={containerRef}
        className="timeline-canvas"
        role="group"
        aria-label="Events on the timeline"
        aria-describedby="timeline-hint"
      />
      {preview && (
        <p className="timeline-empty" role="status">
          Drawing {shownCount.toLocaleString('en')} events as counts while they are checked…
        </p>
      )}
      {drawing === NOTHING ? (
        <p className="timeline-empty">The timeline is drawn as soon as the dataset’s dates are read.</p>
      ) : (
        items.length === 0 && (
          <p className="timeline-empty">
            No events match the filters. Change them above to see events again.
          </p>
        )
      )}
      <CategoryLegend categories={categories} />
    </section>
  );
}
