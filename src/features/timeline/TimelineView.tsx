import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { formatCount } from '../../domain/count-format';
import { REDUCED_MOTION } from '../../shared/use-media-query';
import { useShortcut } from '../../shared/use-shortcut';
import { selectDrawing, selectRequestedWindow } from '../../state/selectors';
import { useAppState, useAppStoreApi } from '../../state/store-context';
import { CategoryLegend } from './CategoryLegend';
import { FocusedLabel } from './FocusedLabel';
import { TimelineHint } from './TimelineHint';
import { TimelineToolbar } from './TimelineToolbar';
import { TimelineController } from './timeline-controller';
import { timelinePage } from './timeline-page';
import { useTimelineKeys } from './use-timeline-keys';
import { useTimelineItems } from './use-timeline-items';
import { countsNote } from './vis-items';
import { PAGE_HEIGHTS, type TimelineHeights } from './vis-options';
import { createVisTimeline } from './vis-timeline-widget';
import './timeline.css';
import './timeline-items.css';

export interface TimelineViewProps {
  /** Given the selected item's element once a new selection shows whole on the timeline. */
  readonly onSelectionShown?: (element: HTMLElement) => void;
  /** Whether the hint points to the list view as the timeline's text alternative (the editor lists its own). */
  readonly offersList?: boolean;
  /** How tall the timeline may grow (a frame gives it less room than the page); read once, on mount. */
  readonly heights?: TimelineHeights;
  /** For a small frame: the hint on using it is left to screen readers, which still hear it. */
  readonly compact?: boolean;
  /**
   * The height (px) of what stood in the timeline's place (the build's first paint of the events): kept until
   * the timeline has drawn its events, so that what is below does not move up and back down meanwhile.
   */
  readonly holdHeight?: number;
}

/**
 * The timeline region: what the store asks to be drawn, handed to the widget's controller (created once on
 * mount, given new props after every render that changed them, destroyed on unmount), and the toolbar,
 * notes and legend around it.
 */
export function TimelineView({
  onSelectionShown,
  offersList = true,
  heights = PAGE_HEIGHTS,
  compact = false,
  holdHeight,
}: TimelineViewProps) {
  const [heldHeight, setHeldHeight] = useState(holdHeight);
  const store = useAppStoreApi();
  const drawing = useAppState(selectDrawing);
  const visibleWindow = useAppState((state) => state.window);
  const requestedWindow = useAppState(selectRequestedWindow);
  const selectedEventId = useAppState((state) => state.selectedEventId);
  const containerRef = useRef<HTMLDivElement>(null);
  const { items, countedUnit, empty } = useTimelineItems(drawing, containerRef);

  const controller = useRef<TimelineController | null>(null);
  const selectionShown = useEffectEvent((element: HTMLElement) => onSelectionShown?.(element));
  const initialHeights = useRef(heights);
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { selectEvent, showEvent, setWindow } = store.getState();
    const reducedMotion = window.matchMedia(REDUCED_MOTION).matches;
    const created = new TimelineController({
      createWidget: (itemStore) =>
        createVisTimeline(container, itemStore, reducedMotion, initialHeights.current),
      page: timelinePage(container),
      reducedMotion,
      currentDrawing: () => selectDrawing(store.getState()),
      onSelect: selectEvent,
      onOpenInList: (eventId) => showEvent(eventId, 'list'),
      onWindowChange: setWindow,
      onSelectionShown: (element) => selectionShown(element),
      onDrawn: () => setHeldHeight(undefined),
    });
    controller.current = created;
    return () => {
      created.destroy();
      controller.current = null;
    };
  }, [store]);

  useEffect(() => {
    controller.current?.setProps({
      drawing,
      items,
      stack: countedUnit === undefined,
      window: visibleWindow,
      requestedWindow,
      selectedEventId,
    });
  }, [drawing, items, countedUnit, visibleWindow, requestedWindow, selectedEventId]);

  const zoomIn = () => controller.current?.zoomIn();
  const zoomOut = () => controller.current?.zoomOut();
  const fit = () => controller.current?.fit();
  useShortcut('zoom-in', zoomIn);
  useShortcut('zoom-out', zoomOut);
  useShortcut('fit', fit);
  const onKeyDown = useTimelineKeys(
    containerRef,
    (id) => controller.current?.openAggregate(id),
    drawing.kind === 'dataset',
  );

  return (
    <section
      className="timeline-region"
      aria-labelledby="timeline-heading"
      onKeyDown={onKeyDown}
      style={heldHeight === undefined ? undefined : { minHeight: heldHeight }}
    >
      <TimelineToolbar visibleWindow={visibleWindow} onZoomIn={zoomIn} onZoomOut={zoomOut} onFit={fit} />
      <TimelineHint compact={compact} offersList={offersList} />
      {countedUnit && <p className="timeline-counts-note">{countsNote(countedUnit)}</p>}
      <div className="timeline-frame">
        <div
          ref={containerRef}
          className="timeline-canvas"
          role="group"
          aria-label="Events on the timeline"
          aria-describedby="timeline-hint"
          style={{ minHeight: heights.min }}
        />
        <FocusedLabel containerRef={containerRef} />
      </div>
      {drawing.kind === 'preview' && (
        <p className="timeline-empty" role="status">
          Drawing {formatCount(drawing.shownCount)} events as counts while they are checked…
        </p>
      )}
      {drawing.kind === 'nothing' ? (
        <p className="timeline-empty">The timeline is drawn as soon as the dataset’s dates are read.</p>
      ) : (
        empty && (
          <p className="timeline-empty">
            No events match the filters. Change them above to see events again.
          </p>
        )
      )}
      <details className="timeline-key">
        <summary>Key to colours and shapes</summary>
        <CategoryLegend categories={drawing.kind === 'nothing' ? [] : drawing.categories} />
      </details>
    </section>
  );
}
